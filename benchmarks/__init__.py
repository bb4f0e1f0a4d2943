"""Scale runs: the app's figure beside the most direct way to do the same work, measured in the same run."""

from models.textfold import digits, fold, latin, words


def test_fold_strips_accents_and_strokes_in_every_script() -> None:
    assert fold("Łucja Żółć") == "lucja zolc"
    assert fold("Müller") == "muller"
    assert fold("Straße") == "strasse"
    assert fold("Øystein Ærø") == "oystein aero"
    assert fold("Ольга") == "ольга"
    assert fold("Σοφία") == fold("ΣΟΦΙΑ")


def test_words_split_like_the_index() -> None:
    assert words("anna.smith@example.com") == ["anna", "smith", "example", "com"]
    assert words("SW1A 1AA") == ["sw1a", "1aa"]
    assert words("  ") == []
    assert words('"quoted" o_neil') == ["quoted", "o", "neil"]


def test_digits() -> None:
    assert digits("+44 (0)20 7946-0958") == "440207946" + "0958"


def test_latin_spelling_of_cyrillic_and_greek() -> None:
    assert latin(fold("Ольга Петрова")) == "olga petrova"
    assert latin(fold("Наталья Щукина")) == "natalya shchukina"
    assert latin(fold("Γιώργος Παπαδόπουλος")) == "giorgos papadopoulos"
    assert latin("müller") == "müller"

import pytest

from consult.privacy import scrub


@pytest.mark.parametrize(
    ("text", "gone", "label"),
    [
        ("my friend jayden says so", "jayden", "[name]"),
        ("me and kacper got moved", "kacper", "[name]"),
        ("I told Mrs McAllister", "McAllister", "[name]"),
        ("I told Okonkwo about it", "Okonkwo", "[name]"),
        ("phone 07700 900123", "07700 900123", "[phone]"),
        ("call +44 7700 900123", "7700 900123", "[phone]"),
        ("email sam@example.com", "sam@example.com", "[email]"),
        ("postcode g12 8qq", "g12 8qq", "[postcode]"),
        ("i live at 14 dumbarton road", "14 dumbarton road", "[address]"),
        ("flat 2/1 on the top floor", "flat 2/1", "[address]"),
        ("I go to Castlebrae High", "Castlebrae", "[school]"),
        ("i stay at Rowan House childrens unit", "Rowan", "[address]"),
        ("my snap is @jj_2010", "@jj_2010", "[handle]"),
        ("see www.example.com/page", "www.example.com", "[link]"),
        ("born 12/03/2011", "12/03/2011", "[date]"),
        ("nhs number 943 476 5919", "943 476 5919", "[id-number]"),
    ],
)
def test_identifiers_are_replaced_with_a_bracketed_word(text, gone, label):
    result = scrub(text)
    assert gone not in result and label in result


@pytest.mark.parametrize(
    "text",
    [
        "my social worker and the panel member listened",
        "Police Scotland and Childline helped me in North Lanarkshire",
        "Who Cares? Scotland runs a group in Glasgow",
        "im 14 and in S3, my sister is in P6",
        "will you listen? grace and mark are just words",
        "adults should listen to young people more",
    ],
)
def test_meaningful_words_that_identify_nobody_are_kept(text):
    assert scrub(text) == text


def test_scrubbing_twice_changes_nothing():
    once = scrub("me and kacper at castlebrae high, 07700 900123")
    assert scrub(once) == once

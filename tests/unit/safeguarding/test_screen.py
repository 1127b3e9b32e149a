import pytest

from consult.safeguarding import screen


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my dad hits me when hes drunk", "abuse"),
        ("i want to kms", "self_harm"),
        ("theres no food in the house and mum doesnt come home", "neglect"),
        ("i am scared to go home", "danger"),
        ("an older guy online keeps asking for pics", "sexual_exploitation"),
        ("they took my passport and make me work", "trafficking"),
        ("someone online is blackmailing me", "online_harm"),
        ("MY DAD HITZ ME", "abuse"),
        ("my friend says her dad hits her", "abuse"),
    ],
)
def test_disclosures_are_flagged_with_their_category(text, category):
    result = screen(text)
    assert result.flagged and category in result.categories


@pytest.mark.parametrize(
    "text",
    [
        "nobody hurts me",
        "my dad never hits me",
        "this homework is killing me",
        "my mum would kill me if i was late",
        "some kids get hit at home and teachers should notice",
        "when i was little my dad hit me but i live with my gran now and im safe",
        "neglect means not looking after a child",
        "more youth clubs please",
        "",
    ],
)
def test_negations_idioms_generalities_past_and_definitions_pass(text):
    assert not screen(text).flagged

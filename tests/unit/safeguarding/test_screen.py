"""Disclosure screening: first-person, current harm flags; everything else passes."""

from consult.safeguarding import CATEGORIES, screen


def _flags(text: str, category: str) -> bool:
    result = screen(text)
    return result.flagged and category in result.categories


def test_dad_hits_me_when_drunk_is_flagged_as_abuse():
    assert _flags("my dad hits me when hes drunk", "abuse")


def test_shouted_and_misspelt_abuse_is_flagged():
    assert _flags("MY DAD HITZ ME", "abuse")
    assert _flags("ma da batters me", "abuse")


def test_kms_is_flagged_as_self_harm():
    assert _flags("i want to kms", "self_harm")


def test_unalive_is_flagged_as_self_harm():
    assert _flags("thinking of unaliving myself", "self_harm")


def test_no_point_in_living_is_flagged_despite_its_negation():
    assert _flags("i dont see the point in living anymore", "self_harm")


def test_no_food_and_absent_mum_is_flagged_as_neglect():
    assert _flags("theres no food in the house and mum doesnt come home", "neglect")


def test_older_man_online_asking_for_pics_is_flagged_as_exploitation_and_online_harm():
    result = screen("an older guy online keeps asking for pics and says hell share them")
    assert {"sexual_exploitation", "online_harm"} <= result.categories


def test_passport_taken_and_forced_work_is_flagged_as_trafficking():
    assert _flags("they took my passport and make me work", "trafficking")


def test_scared_to_go_home_is_flagged_as_danger():
    assert _flags("i am scared to go home", "danger")


def test_threat_to_kill_if_i_tell_is_flagged_not_taken_for_an_idiom():
    assert _flags("he said if i tell anyone he'll kill me", "danger")


def test_friend_passing_on_her_own_disclosure_is_flagged():
    assert _flags("my friend says her dad hits her", "abuse")


def test_nobody_hurts_me_is_not_flagged():
    assert not screen("nobody hurts me").flagged


def test_never_inside_the_sentence_negates():
    assert not screen("my dad shouts sometimes but he never hurts me").flagged


def test_dont_feel_unsafe_is_not_flagged():
    assert not screen("i dont feel unsafe").flagged


def test_homework_killing_me_is_not_flagged():
    assert not screen("this homework is killing me").flagged


def test_mum_would_kill_me_if_late_is_not_flagged():
    assert not screen("my mum would kill me if i was late").flagged


def test_dying_of_laughter_is_not_flagged():
    assert not screen("dying of laughter at this question").flagged


def test_opinion_about_other_children_is_not_flagged():
    assert not screen("some kids get hit at home and teachers should notice").flagged


def test_hypothetical_is_not_flagged():
    assert not screen("if someone asked me for pics i would block them").flagged


def test_past_harm_that_is_over_is_not_flagged():
    text = "when i was little my dad hit me but i live with my gran now and im safe"
    assert not screen(text).flagged


def test_past_harm_then_current_harm_is_still_flagged():
    assert _flags("i used to self harm but now my stepdad hits me", "abuse")


def test_definition_of_a_word_is_not_flagged():
    assert not screen("neglect means not looking after a child").flagged


def test_sport_injury_is_not_flagged():
    assert not screen("i got hit by a ball in pe").flagged


def test_parent_keeping_a_passport_safe_is_not_flagged():
    assert not screen("my mum keeps my passport in a drawer").flagged


def test_empty_answer_is_not_flagged_and_categories_are_known_names():
    assert not screen("").flagged
    assert set(CATEGORIES) == {
        "danger",
        "abuse",
        "neglect",
        "self_harm",
        "sexual_exploitation",
        "trafficking",
        "online_harm",
    }

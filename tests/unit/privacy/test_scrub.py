"""Scrubbing: what must disappear from an answer before it is stored, and what must stay."""

from consult.privacy import scrub


def test_name_after_my_friend_is_scrubbed_even_in_lower_case():
    assert scrub("my friend jayden says the teachers dont listen") == (
        "my friend [name] says the teachers dont listen"
    )


def test_name_after_me_and_is_scrubbed():
    assert scrub("me and kacper got moved") == "me and [name] got moved"


def test_name_after_his_name_is_is_scrubbed_when_in_no_list():
    assert scrub("his name is Tadeusz") == "his name is [name]"


def test_unknown_word_that_hits_someone_is_taken_for_a_name():
    assert scrub("brogan hit me at lunch") == "[name] hit me at lunch"


def test_title_and_surname_lose_the_surname_but_keep_the_title():
    assert scrub("i told Mrs McAllister") == "i told Mrs [name]"
    assert scrub("mrs mcallister is kind") == "mrs [name] is kind"


def test_capitalised_unknown_word_mid_sentence_is_a_name():
    assert scrub("I told Okonkwo about it") == "I told [name] about it"


def test_first_and_surname_become_one_placeholder():
    assert scrub("jake smith keeps messaging me") == "[name] keeps messaging me"


def test_both_names_in_a_pair_are_scrubbed_when_only_one_is_known():
    assert scrub("i hang about with ellis and harvey") == "i hang about with [name] and [name]"


def test_shipped_polish_ukrainian_and_arabic_first_names_are_scrubbed():
    assert scrub("zofia and mykola and khadija came") == "[name] and [name] and [name] came"


def test_hyphenated_first_name_is_scrubbed():
    assert scrub("love ellie-mae x") == "love [name] x"


def test_name_in_a_sign_off_is_scrubbed():
    assert scrub("cheers, ruaridh") == "cheers, [name]"


def test_uk_mobile_with_spaces_is_scrubbed():
    assert scrub("text me on 07700 900123") == "text me on [phone]"


def test_phone_with_plus44_is_scrubbed():
    assert scrub("call +44 7700 900 789 later") == "call [phone] later"
    assert scrub("+44 131 496 0123") == "[phone]"


def test_landline_with_dashes_or_brackets_is_scrubbed():
    assert scrub("ring 0141-496-0018") == "ring [phone]"
    assert scrub("phone (0131) 496 0000") == "phone [phone]"


def test_email_is_scrubbed():
    assert scrub("my email is katie.b2011@example.com") == "my email is [email]"


def test_full_postcode_is_scrubbed_in_any_case_but_a_district_alone_is_kept():
    assert scrub("postcode EH1 1AA") == "postcode [postcode]"
    assert scrub("g12 8qq") == "[postcode]"
    assert scrub("we live in G12") == "we live in G12"


def test_flat_and_street_address_are_scrubbed():
    result = scrub("flat 2/1, 14 dumbarton road")
    assert "2/1" not in result and "dumbarton" not in result and "[address]" in result


def test_named_schools_are_scrubbed():
    assert scrub("I go to Castlebrae High") == "I go to [school]"
    assert scrub("at St Mary's Primary the dinners are good") == (
        "at [school] the dinners are good"
    )
    assert scrub("i go to st. augustine's rc high school") == "i go to [school]"


def test_named_childrens_unit_is_scrubbed_as_an_address():
    assert scrub("i stay at Rowan House children's unit") == "i stay at [address]"


def test_the_high_school_unnamed_is_kept():
    text = "the high school is big and my unit is ok"
    assert scrub(text) == text


def test_social_media_handles_and_links_are_scrubbed():
    assert scrub("follow me @lils_world2010") == "follow me [handle]"
    assert scrub("my snap is jj_smith09") == "my snap is [handle]"
    assert scrub("add me on snap its kayla_xo22") == "add me on snap its [handle]"
    assert scrub("see www.example.com/page") == "see [link]"


def test_dates_of_birth_are_scrubbed_in_several_spellings():
    assert scrub("born 12/03/2011") == "born [date]"
    assert scrub("i was born on 3rd of may 2010") == "i was born on [date]"
    assert scrub("born 2011-09-30") == "born [date]"


def test_nhs_number_in_three_three_four_is_scrubbed():
    assert scrub("my nhs number is 943 476 5919") == "my nhs number is [id-number]"


def test_other_id_numbers_are_scrubbed():
    assert scrub("ni number AB 12 34 56 C") == "ni number [id-number]"
    assert scrub("my case number is 1234-5678") == "my case number is [id-number]"


def test_roles_towns_organisations_and_school_years_are_kept():
    for text in (
        "my social worker and the panel member listened",
        "my foster carer and guidance teacher help",
        "Police Scotland and Childline helped me in North Lanarkshire",
        "Who Cares? Scotland runs a group in Glasgow",
        "NSPCC, SCRA and Children's Hearings Scotland",
        "im 14 and in S3, my sister is in P6",
        "we went to Largs and Ayr",
        "I go to church on Sundays",
    ):
        assert scrub(text) == text


def test_names_that_are_everyday_words_are_kept_without_a_naming_context():
    text = "will you listen? grace and mark are just words"
    assert scrub(text) == text


def test_scrubbing_twice_changes_nothing():
    once = scrub("me and kacper at castlebrae high, 07700 900123")
    assert scrub(once) == once


def test_empty_answer_stays_empty():
    assert scrub("") == ""


def test_name_that_is_a_word_is_scrubbed_when_followed_by_who_they_are():
    assert scrub("rose my key worker is the best") == "[name] my key worker is the best"
    assert scrub("sandy the janny says hello") == "[name] the janny says hello"
    assert scrub("i hope my social worker reads this") == "i hope my social worker reads this"


def test_will_after_my_pal_is_a_name_only_when_he_does_something():
    assert scrub("my pal will came too") == "my pal [name] came too"
    assert scrub("my pal will help me") == "my pal will help me"
    assert scrub("me and ma pal lily got lifted") == "me and ma pal [name] got lifted"


def test_shoutouts_and_comma_lists_name_people():
    assert scrub("shoutout ruaridh for sticking up for me") == (
        "shoutout [name] for sticking up for me"
    )
    assert scrub("Leanne, Kayleigh and Jodie got moved") == "[name], [name] and [name] got moved"
    assert scrub("Glasgow, Dundee and Fife") == "Glasgow, Dundee and Fife"


def test_police_ranks_and_titles_with_a_full_stop_come_before_names():
    assert scrub("PC Ferguson was kind") == "PC [name] was kind"
    assert scrub("its Dr. Mahmood who runs it") == "its Dr. [name] who runs it"
    assert scrub("they mark you down if you miss a day") == (
        "they mark you down if you miss a day"
    )


def test_short_candidate_numbers_are_id_numbers():
    assert scrub("my candidate number is 4023") == "my candidate number is [id-number]"


def test_care_homes_named_after_people_and_secure_centres_are_addresses():
    assert scrub("the staff at rowan house are sound") == "the staff at [address] are sound"
    assert scrub("we met at Kibble") == "we met at [address]"
    assert scrub("i was in st marys kenmure for a year") == "i was in [address] for a year"
    assert scrub("i stay at my gran's house") == "i stay at my gran's house"


def test_reference_numbers_with_letters_are_id_numbers():
    assert scrub("my case number is SW/2023/04417") == "my case number is [id-number]"
    assert scrub("the reference is CP-88123 ok") == "the reference is [id-number] ok"
    assert scrub("in 2022-23 i was in S4") == "in 2022-23 i was in S4"


def test_a_surname_after_a_title_is_a_name_even_when_it_is_also_a_word():
    assert scrub("miss khan helped me") == "miss [name] helped me"
    assert scrub("will you tell Will thanks") == "will you tell [name] thanks"

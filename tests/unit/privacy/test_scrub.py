"""Scrubbing: what must disappear from an answer before it is stored, and what must stay."""

from consult.privacy import scrub
from consult.privacy.patterns import replace_fixed_shapes


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


def test_full_postcodes_and_districts_are_scrubbed_but_school_years_and_roads_are_not():
    assert scrub("postcode EH1 1AA") == "postcode [postcode]"
    assert scrub("g12 8qq") == "[postcode]"
    assert scrub("we live in G12") == "we live in [postcode]"
    assert scrub("my postcode is ky1") == "my postcode is [postcode]"
    assert scrub("im in S3 and we drove up the A9") == "im in S3 and we drove up the A9"


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
    text = "will you listen? say grace before tea and mark my words"
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
    assert scrub("they mark you down if you miss a day") == ("they mark you down if you miss a day")


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


# Reference numbers, card numbers and Scottish flat positions


def test_slashed_references_with_letters_or_long_digit_runs_go_whole():
    assert scrub("my ref is KL/883102/C ok") == "my ref is [id-number] ok"
    assert scrub("they gave me PF/00923/23") == "they gave me [id-number]"
    assert scrub("the file is 2024/118832 apparently") == "the file is [id-number] apparently"


def test_card_numbers_in_four_groups_are_id_numbers():
    assert scrub("my bus card is 4929 1234 5678 9012") == "my bus card is [id-number]"


def test_flat_positions_are_addresses():
    assert scrub("we stay at 1/2 22 hope street") == "we stay at [address]"
    assert scrub("she lives 3 up right") == "she lives [address]"
    assert scrub("my flat is 0/2 now") == "my flat is [address] now"
    assert scrub("it was 7d, 40 some road") == "it was [address]"
    assert scrub("we got flat 9b") == "we got [address]"


def test_fractions_prices_buses_times_scores_and_years_are_kept():
    for text in (
        "3/4 of the kids in my class vape",
        "we waited a 1/2 hour for the bus",
        "i give it 9/10",
        "it cost £3.50 or 5.99 for two",
        "get the 38 or the x27 to town",
        "lights out at 10.30, since 2019",
        "we won 3-1 and it was 2022/23 season",
    ):
        assert scrub(text) == text


# Emails written to get past filters


def test_emails_with_at_and_dot_spelled_out_go_whole():
    assert scrub("email kayz_99 at yahoo dot com ta") == "email [email] ta"
    assert scrub("its ben dot r at live dot co dot uk") == "its [email]"
    assert scrub("mail ben.r (at) live (dot) co (dot) uk") == "mail [email]"
    assert scrub("her email is sarah @ hotmail . co . uk") == "her email is [email]"


def test_at_before_an_ordinary_word_is_not_an_email():
    for text in (
        "i see her at the park. co-op is next door",
        "my brother at school dotes on me",
    ):
        assert scrub(text) == text
    assert scrub("money for my sister at gofundme.com/f/help") == "money for my sister at [link]"


# Phones written with 0044, letter o for zero, or in words


def test_phones_with_0044_or_the_letter_o_are_scrubbed_whole():
    assert scrub("text 0044 7911 123456 please") == "text [phone] please"
    assert scrub("my mobile is o7911 12345o") == "my mobile is [phone]"


def test_phone_numbers_spelled_out_in_words_are_scrubbed():
    assert scrub("ring zero seven nine one one double two triple four five") == "ring [phone]"
    assert scrub("i counted one two three to calm down") == "i counted one two three to calm down"


# Links and handles


def test_any_word_dot_word_dot_tld_is_a_link_whole():
    assert scrub("my blog is lifeincare.wordpress.com") == "my blog is [link]"


def test_handles_after_a_platform_and_colon_are_scrubbed():
    assert scrub("add me sc: jaybabe") == "add me sc: [handle]"
    assert scrub("discord: shadowfox") == "discord: [handle]"
    assert scrub("snap: i dont have it") == "snap: i dont have it"


# Named units, hostels, care homes and schools in lower case


def test_lower_case_named_units_hostels_and_homes_are_scrubbed():
    assert scrub("the thornbank unit is strict") == "the [address] is strict"
    assert scrub("oakwood care home staff are mean") == "[address] staff are mean"
    assert scrub("in the bellfield young persons hostel") == "in the [address]"
    assert scrub("birch hill children's house is ok") == "[address] is ok"
    assert scrub("i went to kerelaw residential school") == "i went to [school]"


def test_generic_and_unnamed_units_and_homes_are_kept():
    for text in (
        "the secure unit was ok but the assessment unit was worse",
        "a mother and baby unit and the new unit",
        "i lived in the young persons hostel",
        "a nice care home is still not a home",
        "i go to a residential school",
        "the falkirk unit and the camhs unit",
    ):
        assert scrub(text) == text


def test_gaelic_school_names_are_schools():
    assert scrub("i go to sgoil ghàidhlig ghlaschu now") == "i go to [school] now"
    assert scrub("he went to the gaelic school") == "he went to the gaelic school"


# Names known only from how the sentence uses them


def test_a_name_from_somewhere_is_a_name_even_when_it_is_a_word():
    assert scrub("will from my class hit me") == "[name] from my class hit me"
    assert scrub("rose from the unit helped me") == "[name] from the unit helped me"
    assert scrub("i will from now on") == "i will from now on"
    assert scrub("will from next year be different") == "will from next year be different"


def test_a_name_at_a_place_who_helped_is_a_name():
    assert scrub("grace at the youth club helped me") == "[name] at the youth club helped me"
    assert scrub("summer at the beach was fun") == "summer at the beach was fun"


def test_a_name_before_a_role_at_the_start_is_a_name():
    assert scrub("mairéad the nurse said its fine") == "[name] the nurse said its fine"


def test_wanting_someone_back_names_them():
    assert scrub("i want dawn back as my worker") == "i want [name] back as my worker"
    assert scrub("i want my life back") == "i want my life back"


def test_a_pair_who_are_my_sisters_are_names():
    assert scrub("ruby and jade are my best pals") == "[name] and [name] are my best pals"
    assert scrub("chips and beans are my fave") == "chips and beans are my fave"


def test_big_and_wee_nicknames_are_names_but_descriptions_are_not():
    assert scrub("big shug is sound") == "big [name] is sound"
    assert scrub("i miss wee stevie") == "i miss wee [name]"
    for text in ("a wee bit scared", "the big fella helped", "a big mark on my arm"):
        assert scrub(text) == text


def test_a_nickname_after_trust_or_blame_is_a_name():
    assert scrub("i dont trust gazza at all") == "i dont trust [name] at all"
    assert scrub("i dont trust the polis or anyone") == "i dont trust the polis or anyone"


def test_accented_names_and_names_after_any_role_are_scrubbed():
    assert scrub("seán from the unit") == "[name] from the unit"
    assert scrub("my advocacy worker li wei is nice") == "my advocacy worker [name] is nice"


def test_letters_then_five_digits_are_a_reference_but_covid19_is_a_word():
    assert scrub("my ref: XY203311 from the council") == "my ref: [id-number] from the council"
    assert scrub("i had covid19 in p7") == "i had covid19 in p7"


def test_an_unknown_word_after_my_snap_is_is_a_handle_but_a_word_is_not():
    assert scrub("my snap is bunnyluvz add me") == "my snap is [handle] add me"
    assert scrub("my insta is private and my snap is down") == (
        "my insta is private and my snap is down"
    )
    assert scrub("all my stuff is on linktr.ee/bunnyluvz") == "all my stuff is on [link]"


def test_a_hostel_run_by_a_kept_organisation_is_kept():
    assert scrub("the salvation army hostel took me in") == "the salvation army hostel took me in"


# Care-system roles and Scots are words, not names


def test_care_system_roles_and_services_are_kept():
    for text in (
        "our keyworker drove us to the swimming",
        "the befriender and the safeguarder both came to the hearing",
        "throughcare and aftercare sorted my flat",
        "the curator ad litem wrote a report",
    ):
        assert scrub(text) == text


def test_scots_family_and_place_words_are_kept():
    for text in (
        "ma maw and ma granda went intae the toon",
        "the weans fae the scheme play up the close",
        "he was steamin and the stair was mingin",
        "i stay wi ma nan at weekends",
        "i miss ma auntie",
    ):
        assert scrub(text) == text


def test_a_dropped_g_word_is_not_a_name():
    assert scrub("she was bawlin and shoutin at me") == "she was bawlin and shoutin at me"


# Named institutions in lower case


def test_an_unknown_word_before_house_lodge_school_or_centre_names_it():
    assert scrub("i lived at kirkbrae house for a year") == "i lived at [address] for a year"
    assert scrub("glenmoss lodge has a pool") == "[address] has a pool"
    assert scrub("i got moved to drumview school") == "i got moved to [school]"
    assert scrub("they sent me to the ashgrove centre") == "they sent me to the [address]"


def test_a_tree_or_flower_after_the_names_a_unit_or_house():
    assert scrub("i was in the larch unit for a month") == "i was in the [address] for a month"
    assert scrub("at heather lodge the food is good") == "at [address] the food is good"
    assert scrub("we sat under the oak tree") == "we sat under the oak tree"


def test_kinds_of_school_house_and_centre_are_kept():
    for text in (
        "i went from primary school to high school then a new school",
        "a boarding school is not a home",
        "the big house and the council house",
        "the youth centre and the health centre and the family centre",
        "the Leisure Centre in the town centre",
        "i go to a gaelic school now, it was an asn school before",
        "the secure unit was better than a care home",
        "i stayed at my nanas house",
    ):
        assert scrub(text) == text


# Names placed by who they are


def test_a_name_before_a_job_with_a_word_before_it_is_a_name():
    assert scrub("Pat the lollipop man waves at me") == "[name] the lollipop man waves at me"
    assert scrub("robin the befriender listens") == "[name] the befriender listens"
    assert scrub("grace is the best bit of the day") == "grace is the best bit of the day"


def test_a_name_set_off_by_commas_is_a_name_or_a_place():
    assert scrub("the lad in my class, hunter, hit me") == "the lad in my class, [name], hit me"
    assert scrub("the unit, thornlea, was freezing") == "the unit, [address], was freezing"
    assert scrub("my mum, honestly, never listens") == "my mum, honestly, never listens"


def test_a_family_named_by_their_surname_is_a_name():
    assert scrub("i was placed with the campbells for a bit") == (
        "i was placed with the [name] for a bit"
    )
    assert scrub("we got food at the morrisons") == "we got food at the morrisons"


def test_what_someone_is_called_by_their_carer_is_a_name():
    assert scrub("i call my foster dad papa bear cos he is big") == (
        "i call my foster dad [name] cos he is big"
    )
    assert scrub("i call my gran every day because she is lonely") == (
        "i call my gran every day because she is lonely"
    )
    assert scrub("i call my carer auntie because she is kind") == (
        "i call my carer auntie because she is kind"
    )


def test_a_word_name_after_someones_pal_or_her_brother_is_a_name():
    assert scrub("my sisters pal will keeps texting me") == "my sisters pal [name] keeps texting me"
    assert scrub("her brother tomasz is in my class") == "her brother [name] is in my class"
    assert scrub("her brother will help") == "her brother will help"


# Addresses and references


def test_streets_named_with_the_and_site_plots_are_addresses():
    assert (
        scrub("we lived at 12 the vennel in the old town")
        == "we lived at [address] in the old town"
    )
    assert scrub("our caravan is on plot 7b") == "our caravan is on [address]"
    assert scrub("we went 2 the green after school") == "we went 2 the green after school"
    assert scrub("we play on pitch 3") == "we play on pitch 3"


def test_references_with_digit_groups_and_letters_go_whole():
    assert (
        scrub("the letter said 19-3321-KR at the top") == "the letter said [id-number] at the top"
    )
    assert scrub("my reference is 23-0871-ab") == "my reference is [id-number]"


# Hospitals and hills are places


def test_hospital_nicknames_and_hills_are_kept():
    for text in (
        "i was in the royal alex then the sick kids",
        "we climbed ben lawers and the cobbler",
        "the toon was busy",
    ):
        assert scrub(text) == text


# Patterns stay linear


def test_a_long_run_of_dotted_letters_is_read_quickly_and_left_alone_by_the_patterns():
    # the patterns' cost once grew with the square of such a run; what the tagger makes
    # of nonsense is not the point here
    text = "a.ba.b" * 334
    assert replace_fixed_shapes(text) == text


def test_a_long_run_with_an_underscore_is_one_handle():
    assert scrub("x." * 999 + "_y") == "[handle]"


def test_phone_numbers_with_dots_and_extensions_go_whole():
    assert scrub("my num is 07700.900.567.") == "my num is [phone]."
    assert scrub("mobile: 07.700.900.456") == "mobile: [phone]"
    assert scrub("ring 01224 665544 ext 203 and ask") == "ring [phone] and ask"
    assert scrub("it was 0.50 in 2019") == "it was 0.50 in 2019"


def test_a_number_said_with_hundreds_is_a_phone_number():
    assert scrub("its oh seven seven double oh nine hundred three four five") == "its [phone]"


def test_flat_positions_and_addresses_in_parts_are_one_address():
    assert scrub("my flat is 2f1 23 easter road") == "my flat is [address]"
    assert scrub("top floor left, 8 hawthorn gardens, dont tell") == "[address], dont tell"
    assert scrub("at 112 paisley road west, number 4B") == "at [address]"
    assert scrub("i like the top floor of the school") == "i like the top floor of the school"


def test_a_street_found_by_its_name_takes_the_number_after_it():
    assert (
        scrub("we live in a house on Blackhill Road number 41") == "we live in a house on [address]"
    )
    assert (
        scrub("I was 12, Rosebank House was my first placement")
        == "I was 12, [address] was my first placement"
    )


def test_a_nickname_with_the_in_it_goes_whole():
    assert scrub("Tam the Bam got lifted last night") == "[name] got lifted last night"
    assert scrub("i told Jo the other day") == "i told [name] the other day"
    assert scrub("I told Mum the Truth") == "I told Mum the Truth"


def test_groups_chats_and_servers_named_by_young_people_go():
    assert (
        scrub("the whatsapp group is called Wick Lassies 2026 and someone shared it")
        == "the whatsapp group is called [name] and someone shared it"
    )
    assert scrub("a Discord called Black Girls Dundee") == "a Discord called [name]"
    assert scrub("in the group chat Mum said no") == "in the group chat Mum said no"
    assert scrub("we joined a group called Who Cares? Scotland") == (
        "we joined a group called Who Cares? Scotland"
    )
    assert scrub("I called Childline and they helped") == "I called Childline and they helped"


def test_places_of_worship_cafes_and_hubs_named_by_capitals_go_and_faiths_stay():
    assert scrub("my dad is a pastor at Living Waters Fellowship") == (
        "my dad is a pastor at [address]"
    )
    assert scrub("Moray Carers Hub is good") == "[address] is good"
    assert scrub("we go to the Baptist Church on sundays") == (
        "we go to the Baptist Church on sundays"
    )
    assert scrub("i go to church on sunday and the mosque on friday") == (
        "i go to church on sunday and the mosque on friday"
    )


def test_car_registrations_and_game_tags_go():
    assert scrub("he drives a black audi SY68 WLP") == "he drives a black audi [id-number]"
    assert scrub("reg is sf67 uhj") == "reg is [id-number]"
    assert scrub("my S4 PSE class") == "my S4 PSE class"
    assert scrub("my tag is N1ghtOwl#EUW4 - people are horrible") == (
        "my tag is [handle] - people are horrible"
    )
    assert (
        scrub("snap - shonamck22 / tiktok - shona.mack.xo") == "snap - [handle] / tiktok - [handle]"
    )
    assert scrub("snap - i dont have it") == "snap - i dont have it"


def test_usernames_nicknames_and_address_parts_after_an_address():
    assert scrub("he used the name ryanbhoy1888 and said covid19") == (
        "he used the name [handle] and said covid19"
    )
    assert scrub("My nickname in the unit is Bubbles because") == (
        "My nickname in the unit is [name] because"
    )
    assert scrub("my nickname is the Beast") == "my nickname is the Beast"
    assert scrub("we stay at 3 Balfour Street top flat and") == "we stay at [address] and"
    assert scrub("ring zero seven four one two, 889 013 or ask") == "ring [phone] or ask"


def test_a_room_in_a_hotel_or_hostel_is_an_address_and_a_classroom_is_not():
    assert scrub("we are in room 12 at the hotel") == "we are in [address] at the hotel"
    assert (
        scrub("the hostel gave us room 4b for a month")
        == "the hostel gave us [address] for a month"
    )
    assert scrub("the art room is room 12 at school") == "the art room is room 12 at school"


def test_a_numbered_plot_or_caravan_someone_lives_in_is_an_address():
    assert scrub("we got plot 12 on the site in may") == "we got [address] on the site in may"
    assert scrub("we live in caravan 6 now") == "we live in [address] now"
    for text in ("we did unit 3 of the maths book", "the building site had 4 cranes"):
        assert scrub(text) == text


# Held out 14's first run: shapes and words the rules did not know


def test_a_phone_number_after_a_platform_is_a_phone_not_a_handle():
    assert scrub("add him on whatsapp 07700 900 665 and delete the chat") == (
        "add him on whatsapp [phone] and delete the chat"
    )
    assert scrub("my snap is jj2010") == "my snap is [handle]"


def test_scots_street_kinds_make_an_address():
    assert scrub("i moved to 9 mill lade last year") == "i moved to [address] last year"
    assert scrub("it took 2 weeks to rise") == "it took 2 weeks to rise"


def test_a_word_name_after_called_is_a_name_even_when_it_is_a_month():
    assert scrub("a girl in my class called May tells on me") == (
        "a girl in my class called [name] tells on me"
    )


def test_greetings_and_text_speak_are_not_names():
    assert scrub("hiya my names zofia") == "hiya my names [name]"
    for text in ("lol neone wud do it", "a lassie in my year", "my gran calls me wee hen"):
        assert scrub(text) == text


def test_a_capitalised_club_project_or_drop_in_is_named_but_a_kind_is_not():
    assert scrub("we box at the Phoenix Club in Paisley") == "we box at the [address] in Paisley"
    assert scrub("the Bothy drop-in helped me") == "the [address] helped me"
    for text in ("i go to football club on a monday", "the LGBT youth club is great"):
        assert scrub(text) == text


def test_languages_are_kept():
    assert scrub("my mum only speaks Tigrinya and Igbo") == "my mum only speaks Tigrinya and Igbo"
    assert scrub("we speak Yoruba at home") == "we speak Yoruba at home"


def test_family_words_in_other_languages_are_words_and_name_who_follows():
    assert scrub("Ammi and Abbu dont know") == "Ammi and Abbu dont know"
    assert scrub("Hooyo says I cant go out") == "Hooyo says I cant go out"
    assert scrub("my nani zainab lives with us") == "my nani [name] lives with us"


def test_handles_after_a_spaced_at_or_snap_me_and_gamertags_with_spaces():
    assert (
        scrub("follow my tiktok @ glenview.girl (private)") == "follow my tiktok [handle] (private)"
    )
    assert scrub("snap me: kai.official") == "snap me: [handle]"
    assert scrub("my gamertag is xX Silent Reaper Xx add me") == "my gamertag is [handle] add me"
    assert scrub("my username is Dark Knight 77 on xbox") == "my username is [handle] on xbox"
    assert scrub("snap me at kai.b.x tonight") == "snap me at [handle] tonight"
    assert scrub("look up wee.dazza.b on tiktok") == "look up [handle] on tiktok"
    for text in ("meet me @ 5pm", "my username is the same as my insta", "snap me at 5 ok"):
        assert scrub(text) == text


def test_references_with_letters_between_or_before_the_numbers_go_whole():
    assert (
        scrub("my number was 24/SW/7712 on the letter") == "my number was [id-number] on the letter"
    )
    assert scrub("it said CP 23/00918 at the top") == "it said [id-number] at the top"
    assert scrub("my ref is GLA/IMM/0934 apparently") == "my ref is [id-number] apparently"
    for text in ("phone the NHS 24/7 line", "i got 10/10 in my test", "the A/B/C groups"):
        assert scrub(text) == text


def test_a_phone_number_half_in_digits_half_in_words_is_a_phone():
    assert scrub("text me 07700 900 three one two") == "text me [phone]"
    assert scrub("in 2019 one two three of us left") == "in 2019 one two three of us left"


def test_a_secure_unit_named_by_its_place_alone_is_an_address():
    assert scrub("i was in Dunmore secure for a year") == "i was in [address] for a year"
    assert scrub("i feel secure now") == "i feel secure now"


def test_words_of_grammar_name_no_street_and_family_words_in_more_languages_are_kept():
    assert scrub("999 but my GP Dr Osei knows") == "999 but my GP Dr [name] knows"
    assert scrub("my walaal and my bunica") == "my walaal and my bunica"
    assert scrub("mail me on ana(at)example(dot)pl") == "mail me on [email]"


def test_capitalised_words_set_off_by_commas_after_a_place_are_its_name():
    assert scrub("my boxing gym, Eastend Fight Club, keeps me right") == (
        "my boxing gym, [address], keeps me right"
    )
    assert scrub("my teacher, Mr Brown, said no") == "my teacher, Mr [name], said no"
    assert scrub("Glasgow, Edinburgh, Dundee are cities") == "Glasgow, Edinburgh, Dundee are cities"


def test_a_local_team_named_by_its_place_is_scrubbed_but_a_senior_club_is_kept():
    assert scrub("i play for Shettleston Colts on sundays") == "i play for [address] on sundays"
    for text in ("we watched Partick Thistle lose", "a thistle grew in the garden"):
        assert scrub(text) == text


def test_a_kept_place_a_young_person_says_they_are_is_their_name():
    assert scrub("I'm Skye, I'm 14 and I live in Portree") == (
        "I'm [name], I'm 14 and I live in Portree"
    )
    assert scrub("hiya my name is Arran and im in S2") == "hiya my name is [name] and im in S2"
    for text in (
        "I'm Polish, I'm 14",
        "I'm Celtic and my da is Rangers",
        "I'm from Skye, I'm 14",
        "I'm Skye born and bred",
        "we went to Skye and I'm still tired",
    ):
        assert scrub(text) == text


def test_famous_people_bands_and_holy_figures_are_kept():
    for text in (
        "Billie Eilish and Ed Sheeran got me through lockdown",
        "me and my pal saw The Snuts at the Hydro",
        "I pray to Allah and my friend prays to Jesus",
    ):
        assert scrub(text) == text
    assert scrub("me and Kayla went to see Gerry Cinnamon") == (
        "me and [name] went to see Gerry Cinnamon"
    )


# Held out 21 to 23's first runs: families the rules did not know


def test_handles_said_aloud_or_with_capitals_and_digits_inside_are_handles():
    assert scrub("my insta is lil dot mo dot twenty two ok") == "my insta is [handle] ok"
    assert scrub("its jamie underscore mc underscore zero eight") == "its [handle]"
    assert scrub("email r o b b i e m c k at outlook dot com") == "email [email]"
    assert scrub("he was called xXShadowFang99Xx on there") == "he was called [handle] on there"
    for text in ("my iPhone15 broke", "it was dot dot dot after that"):
        assert scrub(text) == text


def test_a_uniformed_group_by_number_and_place_and_a_house_by_number_are_addresses():
    assert scrub("the 3rd Larbert company was my life") == "the [address] company was my life"
    assert scrub("I stayed with Mrs Reid at number 12") == "I stayed with Mrs [name] at [address]"
    assert (
        scrub("PC Khan, his number is 3318, said no")
        == "PC [name], his number is [id-number], said no"
    )
    for text in ("it was my 3rd Scouts camp", "we were number 1 in the league"):
        assert scrub(text) == text


def test_kept_phrases_of_two_words_stay_whole_and_named_places_after_called_go():
    for text in (
        "i love Lewis Capaldi",
        "i want to be like Mr Beast",
        "The Salvation Army hostel was better",
    ):
        assert scrub(text) == text
    assert scrub("a B&B in Ayr called the Anchorage") == "a B&B in Ayr called the [name]"
    assert scrub("a house called Tigh na Mara in Wick") == "a house called [name] in Wick"


def test_facilitators_notes_and_sign_ins_name_people_by_age():
    assert scrub("Skye (14) said she moved 3 times") == "[name] (14) said she moved 3 times"
    assert scrub("Will here, 16. I hate it") == "[name] here, 16. I hate it"
    assert scrub("my mam was a Stewart.") == "my mam was a [name]."
    assert scrub("Girls (12) said nothing") == "Girls (12) said nothing"


def test_a_local_venue_or_centre_named_by_a_capital_is_an_address():
    assert scrub("nights at the Vault in Stirling") == "nights at the [address] in Stirling"
    assert scrub("I do karate at Dragon Fist Martial Arts in Airdrie") == (
        "I do karate at [address] in Airdrie"
    )
    for text in ("I told my Guidance Teacher in Glasgow", "Mental Health in Fife is bad"):
        assert scrub(text) == text
    assert scrub("at Haven Family Centre") == "at [address]"
    for text in (
        "I was at the Hearing in Paisley",
        "we went to the Leisure Centre",
        "the Health Centre was shut",
    ):
        assert scrub(text) == text


def test_a_young_childs_misspelling_is_a_word_not_a_name():
    assert scrub("the docter asked lots of qwestions and") == (
        "the docter asked lots of qwestions and"
    )
    assert scrub("kacper hit me") == "[name] hit me"


# Held out 25's first run


def test_a_place_on_a_named_street_officer_numbers_and_matriculation_numbers():
    assert scrub("the hostel on Commercial Street was scary") == (
        "the hostel on [address] was scary"
    )
    assert scrub("Officer 4471 was rude") == "Officer [id-number] was rude"
    assert scrub("my matric number is 2398114M") == "my matric number is [id-number]"
    for text in ("the shop on the corner", "we play on pitch 3"):
        assert scrub(text) == text


def test_named_after_school_clubs_and_fostering_agencies_are_addresses():
    assert scrub("we go to Glendale after school club") == "we go to [address]"
    assert scrub("through Caledonia Family Placements") == "through [address]"
    assert scrub("we go to the after school club") == "we go to the after school club"

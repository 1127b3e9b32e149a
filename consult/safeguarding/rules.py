"""What a disclosure looks like, per category, over normalised text (see normalise.py).

Patterns are built from small word groups (who, what was done, to whom) rather than
listed sentence by sentence, so "my gran's boyfriend leathers me" is caught without
anyone having written that sentence down. Most patterns need the writer (or "us") on the
receiving end: "my brother hits the ball" is not a disclosure, "my brother hits me" is.
A pattern that carries its own negation ("nobody feeds us", "do not feel safe") includes
it in the match, so the negation check in context.py looks only at the words before.
"""

from __future__ import annotations

import re

ME = r"(?:me|us)"
# the writer among others: "my mum and me", "me and my wee brother", "then me"
ME_TOO = rf"(?:{ME}|(?:my )?(?:\w+ ){{0,2}}and {ME}|me and (?:my )?(?:\w+ ){{0,2}}\w+|then {ME})"
FAMILY = (
    r"(?:mum|dad|step (?:mum|dad)|parents?|brothers?|sisters?|uncle|aunt|auntie|gran|granny|"
    r"grandad|grandpa|grandma|papa|nana|nan|cousin|carers?|foster (?:mum|dad|carers?|parents?)|"
    r"boyfriend|girlfriend|partner|husband|wife)"
)
PERSON = (
    rf"(?:{FAMILY}|he|she|they|someone|somebody|people|man|men|guy|guys|woman|adult|adults|"
    r"teacher|coach|staff|neighbour|worker|lad|lads|boys?|girls?|them|him|her|mates?|pals?)"
)
VIOLENT = (
    r"(?:hits?|hitting|beats?|beating|beat|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|"
    r"batter(?:s|ed|ing)?|chok(?:es|ed|ing|e)|strangl(?:es|ed|ing|e)|burn(?:s|t|ed|ing)?|"
    r"smack(?:s|ed|ing)?|whack(?:s|ed|ing)?|belt(?:s|ed|ing)?|leather(?:s|ed|ing)?|"
    r"thump(?:s|ed|ing)?|skelp(?:s|ed|ing)?|grab(?:s|bed|bing)?|push(?:es|ed|ing)?|"
    r"shov(?:es|ed|ing|e)|drag(?:s|ged|ging)?|bit|bites?|biting|scratch(?:es|ed|ing)?|"
    r"stab(?:s|bed|bing)?|attack(?:s|ed|ing)?|abus(?:es|ed|ing|e)|"
    r"pin(?:s|ned)? down|whip(?:s|ped)?|throw(?:s|ing)? (?:\w+ )?at|threw (?:\w+ )?at|"
    r"spit(?:s)? on|spat on|headbutt(?:s|ed)?)"
)
PASSIVE_HARM = (
    r"(?:hit|beaten|beat up|battered|punched|kicked|slapped|smacked|hurt|abused|choked|"
    r"strangled|burnt|burned|whacked|belted|leathered|thumped|skelped|attacked|stabbed|"
    r"locked (?:in|out)|thrown out|kicked out|starved|raped|molested|assaulted|touched|"
    r"groomed|exploited|trafficked|bullied|threatened)"
)
ONLINE = (
    r"(?:online|internet|snap|insta|tiktok|discord|roblox|fortnite|minecraft|whatsapp|"
    r"facebook|fb|twitter|youtube|xbox|playstation|ps\d|game|games|gaming|group chat|chats?|"
    r"dms?|messages?|messaging|messaged|texts?|texting|account|app|apps|website|omegle|"
    r"telegram|kik|wizz|yubo|social media|my phone)"
)
SEXUAL = r"(?:nudes|naked|sex|sexual|privates|private parts|willy|boobs|dick|sexy|porn)"
GIFTS = (
    r"(?:money|cash|drugs|drink|alcohol|vodka|voddy|buckfast|bucky|vapes?|weed|gifts?|presents|"
    r"stuff|cigarettes|fags|lifts|a phone|phones|clothes|trainers|food|takeaways?|a place)"
)
OLDER = r"(?:older|grown|man|men|guy|guys|adults?|lads?|boys|woman|\d\d year old|someone)"
# an injury from sport or an accident is not a disclosure: "hit by a ball in pe"
NOT_SPORT = (
    r"(?! (?:by|with|from|at|in|during|playing|doing) (?:a |the |my )?(?:ball|balls|pe|football|"
    r"rugby|hockey|shinty|boxing|training|match|game|basketball|netball|dodgeball|judo|karate|"
    r"swing|door|car|bike|bus|racket|stick|puck|frisbee|trampoline|fall|fell|tree|wall)\b)"
)

PATTERNS: dict[str, tuple[str, ...]] = {
    "abuse": (
        # "my dad hits me", "she throws things at me", "mum's boyfriend grabs me by the neck"
        rf"\b{VIOLENT} (?:\w+ ){{0,2}}?{ME_TOO}\b(?! (?:at (?:fifa|football|"
        rf"games?|fortnite|cards|chess|running)|in a race|to it))",
        # "it hurts me when nobody listens" is about feelings: hurt needs a person doing it
        rf"\b{PERSON} (?:\w+ ){{0,2}}?hurt(?:s|ing)? {ME_TOO}\b",
        rf"\b(?:i|we) (?:\w+ )?(?:get|got|gets|am|are|was|were|keep getting|been|have been|"
        rf"being|getting) (?:\w+ )?{PASSIVE_HARM}\b{NOT_SPORT}",
        r"\b(?:a |another |the )?(?:beating|doing|hiding|kicking|leathering|battering|"
        rf"skelping|slap|smack|black eye|bruises?|burst lip)\b{NOT_SPORT} (?:off|from|by)\b",
        r"\b(?:gave|gives|give) (?:me|us) (?:a |another )?(?:black eye|bruises?|a beating|doing|"
        r"hiding|kicking|leathering|battering|skelping|slap|smack|burst lip)\b",
        r"\bi (?:have|have got|got|had) (?:a |loads of |big |more )?(?:black eye|bruises|"
        rf"bruise|marks|burns|cuts|welts)\b{NOT_SPORT} (?:on|from|because|after|where|off)\b",
        rf"\bi (?:have|have got|got) a black eye\b{NOT_SPORT}",
        rf"\b(?:{FAMILY}|he|she|they) (?:is|are|gets|get) (?:really |so |very )?"
        r"(?:violent|abusive|rough) (?:to|with|towards) (?:me|us)\b",
        r"\b(?:calls?|calling) (?:me|us) (?:names|worthless|useless|stupid|fat|ugly|a mistake|"
        r"a waste|\w+ names)\b.*\b(?:every|all the time|always|constantly)\b",
        r"\b(?:says|tells me|said) (?:i am|i was|we are) (?:worthless|useless|a mistake|"
        r"a waste of space|better off dead|not wanted)\b",
        r"\btouch(?:es|ed|ing)? (?:me|us|my (?:privates|private parts|body|bum|boobs|chest))\b",
        r"\b(?:sexually )?abus(?:es|ed|ing) (?:me|us)\b|\bi am (?:being )?abused\b",
    ),
    "danger": (
        r"\b(?:i do not feel|do not feel|not|never|not feeling) "
        r"(?:\w+ )?safe (?:at home|in my house|in the house|there|with (?:him|her|them|my)|"
        r"any more|at all|anywhere|now|tonight)\b",
        r"\b(?:i am|we are) not safe\b|\b(?:i|we) do not feel safe\b",
        r"\b(?:i|we) (?:feel|am|are) (?:so |really |very )?unsafe\b",
        r"\bin danger\b",
        r"\b(?:going to|gonna|will|is going to|said he will|said she will|says they will|"
        rf"threaten(?:s|ed|ing)? to|wants? to|tried to|trying to) (?:\w+ )?(?:kill|hurt|stab|"
        rf"batter|murder|shoot|strangle|beat|burn|get) {ME_TOO}\b",
        rf"\bthreaten(?:s|ed|ing)? (?:\w+ )?{ME}\b",
        r"\b(?:has|had|got|pulled|with|carries|keeps) a (?:knife|gun|blade|machete|weapon)\b",
        rf"\b(?:pulled|held|pointed|put) a (?:knife|gun|blade) (?:on|at|to) {ME}\b",
        rf"\block(?:s|ed|ing)? {ME} (?:in|out|up)\b|\bi am locked (?:in|out)\b",
        rf"\bkick(?:s|ed|ing)? {ME} out\b(?! of (?:the )?(?:game|lobby|chat|group|class|team))",
        r"\b(?:i|we) (?:got|get|been|was) (?:kicked|thrown|chucked) out\b"
        r"(?! of (?:the )?(?:game|lobby|chat|group|class|team|club))",
        r"\bnowhere (?:to sleep|to go|to stay|safe|to live)\b",
        r"\b(?:sleep|sleeping|slept) (?:outside|on the street|rough|in a car|in the park|"
        r"in stairs|on a bench)\b",
        rf"\bscared (?:of|to|when|that) (?:go(?:ing)? (?:\w+ )?home|be(?:ing)? (?:\w+ )?home|"
        rf"(?:my |his |her |the )?(?:\w+ )?{PERSON}\b)",
        r"\bscared (?:he|she|they|my \w+) (?:is|are|will|might|is going to) "
        r"(?:\w+ )?(?:hurt|kill|hit|come|find|get|do)\b",
        r"^(?:please |someone |somebody )?help me\b|\bplease help\b(?! (?:kids|children|"
        r"young people|people|us with|with|more))|\bhelp me (?:please|now)\b|"
        r"\b(?:someone|somebody) help\b|\bsos\b",
        rf"\b(?:following|follows|followed|stalking|stalks|watching|waits for|waiting for) "
        rf"{ME}\b(?! (?:on|back|online))",
        r"\b(?:run|running|ran) away from (?:home|the house|the unit|my \w+)\b|"
        r"\b(?:need|have|want) to (?:get out|escape|run away)\b",
        # violence at home against someone else: a child who sees it is in danger too
        rf"\b(?:{FAMILY}|he|she) (?:\w+ )?(?:hits|beats|batters|punches|chokes|strangles|"
        r"attacks|hurts|kicks|slaps|stabbed|stabs) (?:my )?(?:mum|dad|wee \w+|little \w+|"
        r"brothers?|sisters?|baby|gran|nan)\b",
    ),
    "self_harm": (
        r"\bkill(?:ing|ed)? myself\b",
        r"\b(?:want|wanted|wanting|going|wish|wishing|ready|like|deserve|plan|planning|"
        r"try|trying|tried|thinking about|thought about) (?:to )?(?:just )?die\b"
        r"(?! (?:my|her|his|the|it|them) (?:\w+ )?(?:hair|clothes|shirt|t shirt|shoes|jeans|"
        r"eyebrows|pink|blue|black|red|green|purple))",
        r"\b(?:end|ending|take|taking) (?:it all|my (?:own )?life)\b|\bto end it\b|"
        r"\bending it\b|\bend it all\b",
        r"\bbetter off (?:if i (?:was|were) )?(?:dead|gone)\b|\bbetter off without me\b",
        r"\b(?:happier|better off|easier|better) (?:if|when) i (?:was not|were not|am not|was|"
        r"were|am) (?:here|around|alive|gone|dead|born)\b|\bif i (?:died|was gone|disappeared)\b",
        r"\b(?:no one|nobody) would (?:even )?(?:miss me|care|notice)\b(?=.*\bif i\b)",
        r"\bsuicide\b|\bself harm\w*|\bharm(?:ing)? myself\b|\boverdos\w*",
        r"\b(?:cut|cuts|cutting|burn|burning|burns|scratch|scratching|starve|starving|hurt|"
        r"hurting|punch|punching|hit|hitting|bang|banging|choke|choking|hang|hanging|poison"
        r"|harming) myself\b",
        r"\b(?:cut|cuts|cutting|slice|slicing|burn|burning|scratch|scratching|carve|carving) "
        r"(?:my |into my )?(?:arms?|wrists?|legs?|thighs?|skin|stomach|body|hips?)\b",
        r"\b(?:been|started|keep|still|stop) cutting\b|\bcutting again\b",
        r"\b(?:do not|never|not) want to (?:be alive|live|be here|exist|wake up|be around|go on)\b",
        r"\bnever wake up\b|\bnot wake up\b|\bsleep (?:forever|and not wake)\b",
        r"\bwish i (?:was|were|could be) dead\b|\bwish i (?:was not|was never) "
        r"(?:alive|born|here)\b|\b(?:want|wish i could) (?:to )?(?:just )?disappear\b|"
        r"\bdisappear (?:forever|for good)\b",
        r"\b(?:no|not see (?:the|any)|cannot see (?:the|any)|what is the) (?:point|reason) "
        r"(?:in |of |for )?(?:living|life|being alive|being here|going on|me being here)\b",
        r"\b(?:took|take|taking|swallowed|swallow) (?:loads of|all (?:my|the)|lots of|a lot of|"
        r"too many|a bunch of|a whole|a packet of|the whole) (?:\w+ )?(?:pills|tablets|"
        r"paracetamol)\b",
        r"\bjump (?:off|in front of) (?:a |the )?(?:bridge|train|building|roof|car)\b",
        r"\b(?:life is not worth|not worth living|cannot go on|cannot do this any more)\b",
    ),
    "neglect": (
        r"\bno food\b|\bnever (?:any |enough )?food\b|\bnothing (?:to eat|in the (?:fridge|"
        r"cupboards?|house|kitchen)|for (?:dinner|tea|breakfast))\b",
        r"\b(?:fridge|cupboards?|kitchen) (?:is|are) (?:always |aye |usually )?empty\b",
        r"\b(?:not|never|have not|did not) (?:had|eaten|ate|eat|get fed|been fed)"
        r" (?:\w+ ){0,3}?(?:anything|since|for (?:days|ages|\d+|a day|two)|in (?:days|ages|\d+|a"
        r" day|two)|properly|today|yesterday|all day)\b",
        r"\b(?:always|constantly|every day|all the time|so) (?:hungry|starving)\b(?! lol)",
        r"\b(?:hungry|starving) (?:all the time|every day|most days|at home|because there)\b",
        r"\b(?:go|goes|going|went) to (?:bed|school|sleep) hungry\b",
        r"\bsteal(?:ing)? food\b",
        r"\b(?:get|got|have|had|there is|we get) no (?:dinner|breakfast|tea|meals?|lunch)\b",
        r"\bno (?:heating|electric\w*|gas|hot water|bed|mattress|clean clothes|clothes that fit|"
        r"shoes that fit|money for food|toothbrush)\b",
        r"\b(?:electric|heating|gas|power|water) (?:is|has been|got|was) (?:always )?"
        r"(?:off|cut off)\b",
        r"\b(?:have not|do not have|never have) (?:got )?(?:any )?(?:electric|heating|gas|food|"
        r"clean clothes)\b",
        r"\b(?:freezing|so cold) (?:in|at) (?:the house|home|my house|our house|the flat)\b",
        r"\b(?:no one|nobody) (?:\w+ )?(?:to )?(?:look|looks|looking|feed|feeds|care|cares|"
        r"take|takes|wash|washes|wake|wakes) (?:after |for |care of )?(?:me|us|our|my|them)\b",
        r"\b(?:no one|nobody) (?:\w+ )?(?:to )?(?:cook|cooks|make|makes|get|gets|buy|buys) "
        r"(?:me|us) (?:any )?(?:dinner|tea|food|breakfast|lunch|meals?|anything to eat)\b",
        r"\b(?:mum|dad|parents?|step \w+|carers?) (?:is|are) (?:always|aye|usually|constantly|"
        r"never not) (?:out|away|gone|at the pub|at the bookies|in bed)\b|\b(?:mum|dad|"
        r"parents?) (?:is|are) never (?:home|in|there|around)\b",
        r"\b(?:mum|dad|parents?|step \w+) (?:takes|take|does|do|uses|use|is on|are on|sells) "
        r"(?:drugs|smack|coke|heroin|crack|valium|vallies)\b|\bforget(?:s|ting)? to "
        r"(?:feed|get|make|buy|pick up) (?:us|me)\b",
        r"\b(?:we|i) have to (?:make|cook|get|find) (?:our|my) own (?:tea|dinner|food|meals|"
        r"breakfast)\b(?=.*\b(?:every|always|because|nobody|no one|mum|dad)\b)",
        r"\b(?:no one|nobody) (?:to )?(?:look after|care for|take care of|feed) (?:me|us)\b",
        rf"\b(?:leave|leaves|left|leaving) {ME} (?:alone|on (?:my|our) own|home alone|"
        r"by (?:myself|ourselves)|in the house)\b(?: \w+){0,3}? ?(?:for (?:days|ages|the weekend|"
        r"hours|a week|nights?|the night|all)|all (?:day|night|weekend)|every|overnight|"
        r"at night|most)\b",
        r"\b(?:i am|we are|i get|we get|i got|we got|i was|we were) left (?:alone|on (?:my|our) "
        r"own|home alone|by (?:myself|ourselves))\b(?: \w+){0,3}? ?(?:for (?:days|ages|the "
        r"weekend|a week|nights?|the night|all)|all (?:day|night|weekend)|every|overnight|"
        r"at night|most)\b",
        r"\b(?:mum|dad|parents?|step \w+|carers?) (?:is|are|gets|get) (?:always |aye |constantly |"
        r"usually |too |so |often |never not )?(?:drunk|high|wasted|stoned|out of it|off "
        r"(?:her|his|their) face|passed out|asleep all day|in bed all day|on drugs)\b",
        r"\b(?:mum|dad|parents?|step \w+) (?:is|are) (?:a |an )?(?:junkie|junkies|alcoholic|"
        r"alcoholics|addict|addicts|druggie|druggies|drunk|drunks|smackhead|jakey)\b",
        r"\b(?:does not|do not|never|will not|cannot be bothered to) (?:feeds?|wash(?:es)?|"
        r"looks? after|"
        r"get (?:us|me) (?:up|food|to school)|make (?:us|me) (?:any )?(?:dinner|food|tea|"
        r"breakfast|lunch)|buy (?:us|me) (?:any )?food) ?(?:me|us)?\b",
        r"\b(?:mum|dad|parents?|she|he|they) (?:does not|do not|never|did not) come home\b",
        r"\bi have to (?:feed|look after|get (?:\w+ )?up|take care of|make (?:dinner|tea|food) "
        r"for|wash) (?:my )?(?:wee |little |baby |younger )?(?:brothers?|sisters?|siblings|"
        r"him|her|them|mum|dad)\b(?=.*\b(?:because|no one|nobody|mum|dad|drunk|out of it))",
        r"\bclothes are (?:always )?(?:dirty|smelly|too small|minging)\b",
        r"\bsleep on the floor\b",
    ),
    "sexual_exploitation": (
        rf"\b(?:ask|asks|asked|asking|want|wants|wanted|wanting|beg|begs|begging|pressure|"
        rf"pressures|pressured|pressuring|make|makes|made|force|forces|forced|tell|tells|told|"
        rf"get|gets|got|keep|keeps) (?:\w+ )?(?:{ME} )?(?:for |to send |to |into sending )?"
        rf"(?:send (?:him |them |her )?)?(?:more )?(?:nudes|pics (?:of (?:me|myself|my body)|"
        r"with no|in my|naked))\b",
        r"\b(?:ask|asks|asked|asking|keeps asking|wants|wanted|begging) (?:\w+ )?(?:me )?"
        r"(?:for|to send) (?:\w+ )?pics\b",
        r"\bsend (?:him|them|her|more) (?:more )?(?:nudes|pics)\b",
        r"\b(?:share|post|leak|spread|send|show|put) (?:them|the pics|my pics|my nudes|the "
        r"nudes|those pics|the videos?)\b(?=.*\bif\b)|\b(?:share|post|leak|spread|send|show) "
        r"my (?:nudes|pics)\b",
        r"\btouch(?:es|ed|ing)? (?:me|us|my (?:privates|private parts|body|bum|boobs|chest))\b",
        r"\b(?:raped?|rapes|sexually (?:abused|assaulted)|molest\w*|sextort\w*)\b",
        r"\b(?:forced|forces|force|makes|made|make|pressured|pressures) (?:me|us) (?:to )?"
        r"(?:do (?:stuff|things|it|sexual \w+|something)|have sex|sleep with|touch|kiss|watch "
        r"porn|send)\b",
        r"\b(?:sleep|sleeping|slept|have sex|had sex|having sex) with (?:him|them|his|their|"
        r"older|men|guys|lads|people|strangers|friends|mates)\b",
        rf"\b{OLDER}\b.*\b(?:gives?|gave|giving|buys?|bought|buying) (?:me|us) (?:\w+ )?{GIFTS}\b",
        rf"\b(?:gives?|gave|giving|buys?|bought|offers?|offered|pays?|paid|paying) (?:me|us) "
        rf"(?:\w+ )?(?:{GIFTS} )?(?:to|for|if|and then|then|when) (?:i |we )?(?:do|doing|go|"
        r"going|come|coming|meet|meeting|sleep|touch|kiss|send|sending|keep quiet|not tell|"
        r"hang out|stay|let)\b(?! (?:my|the|our) (?:homework|chores|dishes|shopping|messages))",
        r"\b(?:wants?|want|wanted) (?:me|us) to (?:meet|come to) (?:him|them|his|their)\b"
        r"(?=.*\b(?:secret|not to tell|do not tell|older|pics))",
        r"\b(?:told|tells|says|said) (?:me )?(?:not to tell|to keep it (?:a )?secret|it is our "
        r"secret)\b",
        rf"\b(?:send|sends|sending|sent|showed|shows|show) (?:me|us) (?:\w+ ){{0,4}}?{SEXUAL}\b",
        r"\b(?:\d\d year old|older|grown|adult) (?:man|guy|men|woman|lad|boy|boys|guys|lads)\b"
        r".*\b(?:meet|pics|secret|not to tell|touch|kiss|sleep|sexy|nudes|alone with)\b",
        r"\b(?:do|doing|did) (?:stuff|things|sexual \w+) (?:for|with) (?:money|him|them|older)\b",
    ),
    "trafficking": (
        # a parent keeping a child's passport safe is ordinary, so family words do not count
        r"(?<!mum )(?<!dad )(?<!gran )(?<!nan )(?<!parents )(?<!carer )(?<!carers )(?<!worker )"
        r"\b(?:took|take|takes|taken|kept|keep|keeps|hold|holds|held|have|has|got) (?:\w+ ){0,4}?"
        r"my (?:passport|papers|documents|visa|id card|birth certificate)\b",
        rf"\b(?:make|makes|made|making|force|forces|forced|forcing) {ME} (?:to )?(?:work|sell|"
        r"carry|deliver|hold|move|run|clean|cook|beg|steal|stash|keep) ",
        r"\bwork(?:s|ing|ed)? (?:\w+ ){0,5}?for (?:no|nothing|free)\b|\b(?:do not|never) "
        r"(?:get )?paid\b|\bkeep (?:all )?my (?:money|wages|pay)\b|\b(?:do not|does not|never|"
        r"will not) pay (?:me|us)\b(?=.*\bwork)|\bwork\b.*\b(?:do not|does not|never|will not) "
        r"pay (?:me|us)\b",
        r"\b(?:i|we) owe (?:them|him|her|they|\w+ (?:money|for))\b|\bwhat i owe\b|"
        r"\bpay (?:them |him |her |it )?(?:back|off) (?:the |my |what|for)\b|\bwork it off\b|"
        r"\bdebt\b",
        r"\bnot allowed (?:to )?(?:leave|go out of|out of) (?:the|this|their|where)\b|"
        r"\bnot allowed out (?:ever|at all|of the)\b|\bnot allowed to (?:talk|speak) to "
        r"(?:anyone|anybody|my family)\b",
        rf"\bkeep(?:s|ing)? {ME} (?:locked )?in (?:the|a|this|their) (?:flat|house|room)\b",
        rf"\b(?:will not|never|do not|does not) let {ME} (?:leave|go out|go home|out)\b",
        rf"\bmov(?:e|es|ed|ing) {ME} (?:around|from \w+ to \w+|between)\b|\b(?:city|town) to "
        r"(?:city|town)\b",
        r"\b(?:sell|selling|sold|sells|carry|carrying|carried|deliver\w*|run|running|ran|hold|"
        r"holding|stash\w*|move|moving) (?:\w+ )?(?:drugs|packages|parcels|gear|bags|weed|coke|"
        r"stuff|tick) (?:for|to)\b|\bdeliver(?:ing|s)? (?:\w+ )?(?:drugs|packages|parcels)\b",
        r"\bcounty lines\b|\btrafficked\b",
        rf"\bbrought {ME} (?:here|over|to this country|to scotland|to the uk)\b|"
        r"\b(?:i|we) (?:was|were) brought (?:over|here)\b",
    ),
    "online_harm": (
        rf"\b{ONLINE}\b.*\b(?:threaten\w*|blackmail\w*|bull(?:y|ies|ying|ied)|harass\w*|"
        rf"stalk\w*|scar(?:es|ing) me|asking (?:me )?for|asks (?:me )?for|wants? (?:me )?to "
        rf"meet|wants? to meet|not to tell|kill (?:myself|yourself)|hate me|sending me|"
        rf"sends me|sent me|keeps? (?:messaging|texting|adding|asking)|horrible (?:stuff|things)|"
        rf"posts? (?:\w+ ){{0,2}}about me|fake account)",
        rf"\b(?:threaten\w*|blackmail\w*|bull(?:y|ies|ying|ied)|harass\w*|stalk\w*|asking (?:me )?"
        rf"for pics|telling me to kill myself|tell me to kill myself|keeps? (?:messaging|texting|"
        rf"adding|snapping|dming|asking|sending)|asking me to meet|wants? (?:me )?to meet|"
        rf"says? not to tell|sent me|sending me|posts? (?:\w+ ){{0,2}}about me)\b.*\b{ONLINE}\b",
        r"\bblackmail\w*|\bsextort\w*|\bcyber ?bull\w*",
        r"\b(?:i get|i got|i keep getting|sending me|sends me|sent me|on my) (?:\w+ )?(?:horrible|"
        r"nasty|mean|abusive|threatening|creepy|rude|sexual|racist|hate) (?:messages|texts|"
        r"comments|dms|voice notes|pics)\b",
        r"\b(?:groom(?:ing|ed)? (?:me|us)|(?:am|being|been|was|getting) groomed)\b",
        r"\bthreaten(?:s|ing|ed)? to (?:post|share|leak|send|show|expose)\b",
        r"\b(?:share|post|leak|spread|send|show) (?:them|my (?:pics|nudes)|the (?:pics|nudes))"
        r" (?:to|on|online|everywhere|around)\b|\b(?:will|going to|says) (?:\w+ )?(?:share|post|"
        r"leak|send|show) (?:my )?(?:pics|nudes|them)\b",
        r"\b(?:sharing|shared|posted|leaked|spread|sent|sending|showed) (?:\w+ )?"
        r"my (?:pics|nudes)\b",
        r"\b(?:tell|tells|telling|told|keep telling|keeps telling) (?:me )?to (?:kill myself|"
        r"kill yourself|die)\b|\bkill yourself\b",
        r"\bhack(?:ed|s)? (?:into )?my\b|\bfake account (?:of|pretending|as|with) (?:me|my)\b|"
        r"\bmade a fake (?:\w+ )?(?:of|about|pretending to be) me\b",
        rf"\b(?:a |an |this |some )?(?:\w+ )?(?:man|guy|adult|person|someone|stranger|boy|lad) "
        rf"(?:i met |i know |from )?(?:on |in )?{ONLINE}\b.*\b(?:meet|secret|pics|address|"
        r"where i live|what school|not to tell)\b",
    ),
}

COMPILED: dict[str, tuple[re.Pattern[str], ...]] = {
    category: tuple(re.compile(p) for p in patterns) for category, patterns in PATTERNS.items()
}
CATEGORIES: tuple[str, ...] = tuple(PATTERNS)

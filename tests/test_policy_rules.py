"""The rules of docs/policy.md, one sentence (our own wire copy) per rule, with the default coder."""

from __future__ import annotations

import pytest
from sentence_checks import DATE, has, show

from eventwire.clean import clean

FOUND = [
    # (name, text, (source, CAMEO root or code, target))
    ("weapon nationality names the attacker",
     "Three Yemeni fishermen were killed in a Saudi airstrike near the port, officials said.",
     ("SAU", "19", "*")),
    ("including lists the members",
     "Several governments condemned the raid on Gaza, including Jordan and Egypt.",
     ("JOR", "11", "*")),
    ("the one other country in the sentence",
     "Moroccan warplanes bombed a convoy heading for the Algerian border overnight.",
     ("MAR", "19", "DZA")),
    ("home for coercion in a one-country sentence",
     "Nigerian police arrested 40 people at a rally in Abuja.",
     ("NGACOP", "17", "NGA")),
    ("the group takes up the armed group named before",
     "Al-Shabaab fighters stormed a hotel in Mogadishu on Friday. The group also attacked an "
     "army base near Baidoa.", ("SOM", "19", "SOM")),
    ("a pair named by a meeting: 'both leaders'",
     "Chile's president met his Argentine counterpart in Santiago on Monday. Both leaders "
     "agreed on closer cooperation on lithium.", ("ARG", "03", "CHL")),
    ("a pair named by a joint subject: 'they'",
     "Kenya and Tanzania held talks in Arusha on Tuesday. They also reaffirmed their commitment "
     "to joint border patrols.", ("TZA", "03", "KEN")),
    ("two cooperating parties act toward each other",
     "Kenya and Tanzania reaffirmed their commitment to joint border patrols.",
     ("KEN", "03", "TZA")),
    ("'the country' after a named ministry is its country",
     "Japan's foreign ministry said the country will impose sanctions on three Russian banks.",
     ("JPN", "13", "RUS")),
    ("'is scheduled to' lends its subject to the infinitive",
     "Indonesia's president is scheduled to hold talks with Malaysia's prime minister.",
     ("IDNGOV", "03", "MYSGOV")),
    ("offering condolences is the act, not a promise of it",
     "Egypt's president offered his condolences to Morocco's king.", ("EGYGOV", "018", "MARGOV")),
    ("released prisoners are the releaser's own",
     "Myanmar's junta released 300 political prisoners on Tuesday.", ("MMRMIL", "08", "MMR")),
    ("aid that names no recipient goes to the article's country",
     "A strong earthquake struck western Nepal on Friday. Nepal's army rescued survivors and "
     "Nepalese officials counted the dead. India announced emergency humanitarian aid on "
     "Saturday.", ("IND", "03", "NPL")),
    ("a party addressing a country by name is not of that country",
     "Haitian police said gangs burned homes in Port-au-Prince. Haiti's health ministry counted "
     "the dead. Prime Minister Alain Dubois thanked Senegal for its help.",
     ("HTIGOV", "05", "SEN")),
    ("'the court' takes up the international court named before",
     "The International Court of Justice opened hearings on Monday. The court accused Serbia of "
     "failing to prevent the massacre.", ("IGOUNO", "11", "SRB")),
    ("a first name before another known person is not that person",
     "Foreign Minister Abbas Araghchi met his Omani counterpart in Muscat on Sunday.",
     ("IRNGOV", "04", "OMNGOV")),
    ("a protest with no protester named: the civilians of its place",
     "Protests erupted in Tehran on Monday over fuel prices.", ("IRNCVL", "14", "IRNGOV")),
    ("a protest seen by a city: the civilians of its country",
     "Peru's capital Lima saw the largest anti-government protest in months on Saturday.",
     ("PERCVL", "14", "PERGOV")),
    ("protesters in a clause of their own get the sentence's country first",
     "Police were deployed in Accra where students blocked several roads.",
     ("GHAEDU", "14", "GHAGOV")),
    ("conjoined passives share their agent; the victims are of the armed group's country",
     "At least 30 people were killed and a village razed to the ground in northeast Nigeria on "
     "Monday by suspected members of Boko Haram.",
     ("NGAREB", "19", "NGACVL")),
    ("killed in an attack by X: X is the killer",
     "Four soldiers were killed in an ambush by al-Shabaab fighters on Monday.",
     ("SOMREB", "19", "*")),
    ("a definite act noun with no actor of its own is the act reported just before",
     "Canada imposed sanctions on Iran on Monday. The sanctions include a ban on steel imports.",
     ("CAN", "16", "IRN")),
    ("an act with no counterpart of its own is with the counterpart of the act just before",
     "Chile's foreign minister met Peru's foreign minister in Lima. Chile's minister said the "
     "meeting was productive.", ("CHLGOV", "04", "PERGOV")),
    ("condemning an act reported before is aimed at whoever did it",
     "Russian forces attacked the Ukrainian port of Odesa overnight. Egypt strongly condemned "
     "the attack on Monday.", ("EGY", "11", "RUS")),
    ("'both countries' ministries': one role for each of the pair",
     "The foreign ministers of Georgia and Armenia met in Tbilisi on Friday. Before the meeting, "
     "both countries' defence ministries traded accusations over a border shooting.",
     ("GEO", "11", "ARM")),
    ("an election held: the state toward its public",
     "Voters in Ghana went to the polls on Saturday in a closely fought presidential election.",
     ("GHAGOV", "0831", "GHACVL")),
    ("winning an election names the country, not the winner, as its actors",
     "Former mayor Ana Sousa won Portugal's presidential runoff on Sunday.",
     ("PRTGOV", "08", "PRTCVL")),
    ("a win told with its margin still names the election",
     "Former mayor Ana Sousa won Portugal's presidential runoff by 2,900 votes on Sunday.",
     ("PRTGOV", "08", "PRTCVL")),
    ("a win told with its share still names the election",
     "Ana Sousa won Portugal's presidential election with 51.2 percent of the votes.",
     ("PRTGOV", "08", "PRTCVL")),
    ("a share of the vote is the election counted (CODING.md: held or counted), session 19",
     "Lee won 47.80 percent of the votes in South Korea.", ("KORGOV", "0831", "KORCVL")),
    ("a share of the vote received is the election counted",
     "Ramkalawan garnered 54.9 percent of the vote in the Seychelles, the commission said.",
     ("SYCGOV", "0831", "SYCCVL")),
    ("a parliament naming a head of state holds an election (CODING.md), session 19",
     "Bolivia's Congress named senate leader Ana Rojas interim president on Sunday.",
     ("BOLGOV", "0831", "BOLCVL")),
    ("a head of government sworn in", "Ana Rojas was sworn in as Peru's prime minister on "
     "Monday.", ("PERGOV", "0831", "PERCVL")),
    ("a visitor received, in the passive, is hosted by the agent, session 19",
     "The Eritrean president was greeted by Ethiopian Prime Minister Abiy Ahmed on Monday.",
     ("ETHGOV", "043", "ERIGOV")),
    ("a share secured, told in per cent",
     "In Turkey, Kilicdaroglu secured 47.86 per cent of the votes, the election board said.",
     ("TURGOV", "0831", "TURCVL")),
    ("agreeing to do something is an intent to cooperate",
     "Guatemala's government agreed with Mexico to tighten controls on their shared border.",
     ("GTMGOV", "030", "MEX")),
    ("a pair named by an agreement with someone: 'their countries'",
     "Peru's president agreed with Chile's president on a lithium deal on Monday. The two "
     "leaders held a news conference. Officials said their countries will start talks on a "
     "customs union.", ("CHL", "03", "PER")),
    ("a handful of countries including A and B: the members listed are the donors",
     "A strong earthquake struck western Nepal on Friday. Nepal's army rescued survivors and "
     "Nepalese officials counted the dead. Only a handful of countries including Bhutan and "
     "Sri Lanka have announced emergency aid.", ("BTN", "03", "NPL")),
    ("a family name first names the person again",
     "Chinese Premier Li Qiang arrived in Canberra on Sunday. Albanese and Li held talks on "
     "trade on Monday.", ("CHNGOV", "04", "AUS")),
    ("'his country' in a reported clause is the speaker's, not the person named last",
     "Turkish President Recep Tayyip Erdogan spoke with Vladimir Putin on Friday. Erdogan said "
     "after the call with Putin that his country is ready to mediate between Russia and Ukraine.",
     ("TUR", "039", "UKR")),
    ("a state protesting complains officially",
     "Ghana protested the arrest of three of its fishermen by Togo.", ("GHA", "114", "*")),
    ("passports seized from sportsmen are still seized (session 20)",
     "Nigerian police seized the passports of two footballers accused of fraud in Lagos.",
     ("NGACOP", "17", "*")),
    ("police responding with tear gas repress (session 20)",
     "Zambian police responded with tear gas when students marched in Lusaka on Monday.",
     ("ZMBCOP", "17", "*")),
    ("police hurling teargas canisters at a crowd repress (session 20)",
     "Police hurled teargas canisters at the crowd outside the court in Harare, Zimbabwe.",
     ("ZWECOP", "17", "*")),
    ("demonstrating one's anger is a protest",
     "Nigerian students demonstrated their anger outside the parliament in Abuja on Monday.",
     ("NGA", "14", "*")),
    ("slapping someone with sanctions targets them",
     "Washington slapped Colombia's defence minister with sanctions on Friday.",
     ("USA", "163", "COLMIL")),
    ("a ban on arms sales to a country is an embargo, not an administrative sanction",
     "Britain imposed a ban on arms sales to Myanmar on Tuesday.", ("GBR", "163", "MMR")),
    ("charter traffic banned with a country is a sanction on it",
     "Moscow banned charter traffic with Georgia on Friday.", ("RUS", "163", "GEO")),
    ("'would like to' cooperate is a wish, hence an intent",
     "Vietnam's prime minister said Hanoi would like to expand cooperation with Seoul.",
     ("VNM", "03", "KOR")),
    ("headline present tense: a noun with a subject and an object is a verb",
     "South Korea police arrest former minister Kim Dong-su.", ("KORCOP", "17", "KOR")),
    ("a small clause: 'found X guilty' makes X the object",
     "A court in Lahore found the former minister guilty of corruption.",
     ("PAKJUD", "116", "PAKGOV")),
    ("a ministry is government, whatever its field",
     "Ugandan doctors accused the health minister of lying.", ("UGAHLH", "112", "UGAGOV")),
    ("a fronted phrase does not swallow the subjects",
     "Regarding Libya, Sisi and Tebboune discussed the elections, but gave no details.",
     ("EGYGOV", "04", "DZAGOV")),
]


@pytest.mark.parametrize("name,text,expected", FOUND, ids=[f[0] for f in FOUND])
def test_rule_finds_the_event(coder, name, text, expected):
    events = coder.code(text, date=DATE).events
    assert has(events, *expected), show(events)


NOT_FOUND = [
    # (name, text, (source, CAMEO root, target) that must not come out)
    ("a match score is sport", "Argentina beat Brazil 1-0 in a friendly in Melbourne.",
     ("ARG", "18", "*")),
    ("a reporting verb's object is a topic",
     "Kenyan state television reported the strikes in the north.", ("KEN", "14", "*")),
    ("a month is no march (session 18)", "Guyana has been in an election impasse since the "
     "general elections of March 2.", ("GUY", "14", "*")),
    ("committing abuses is no commitment (session 18)",
     "The Guatemalan army committed human rights abuses against the Ixil.", ("GTM", "03", "*")),
    ("a describing verb's object is a topic (session 18)",
     "The Peruvian judge detailed the killings of Peruvian villagers.", ("PER", "19", "*")),
    ("a rejected demand is no demand", "Ghana rejected the Togolese demands for compensation.",
     ("GHA", "10", "*")),
    ("sanctions over an invasion: the invasion is background",
     "Canada imposed new sanctions on Russia over its invasion of Ukraine.",
     ("RUS", "19", "UKR")),
    ("a continent is not a Tunisian town",
     "Chad said the strike would hurt trade across Africa.", ("*", "19", "TUN")),
    ("'the two sides' with no pair named before stays unresolved",
     "The two sides signed a water-sharing accord on Friday.", ("*", "05", "*")),
    ("'riot police' is police, not a riot",
     "Riot police were deployed in Lagos on Monday.", ("*", "14", "*")),
    ("a bare 'the strikes' names no strikers",
     "The strikes destroyed a bridge in Taiz, residents of Yemen said.", ("YEMCVL", "14", "*")),
    ("students protesting demonstrate; they do not complain officially",
     "Thousands of students protested the fee increase in Accra.", ("*", "114", "*")),
    ("an election of another year is background",
     "Mr Dlamini was elected in 2018 and lost the 2023 election.", ("*", "08", "*")),
    ("a previous election is background",
     "In the previous election, the ruling party won 57 percent of the vote.", ("*", "08", "*")),
    ("an election body is not an election",
     "Kenya's election commission published new rules for observers.", ("*", "08", "*")),
    ("an elected body is not an election",
     "The newly elected assembly met in Lusaka on Monday.", ("*", "08", "*")),
    ("an election to come is not one held",
     "Parliament will elect a new president next month, Zambia's speaker said.",
     ("*", "08", "*")),
    ("an election discussed is a topic, not one held",
     "Regarding Libya, Sisi and Tebboune discussed the elections, but gave no details.",
     ("*", "08", "*")),
    ("an election dated after the article is yet to be held",
     "The floods put Malawi's government under pressure as elections draw near next year.",
     ("*", "08", "*")),
    ("an election with no country named anywhere has no state and no public",
     "Lee won 47.80 percent of the votes.", ("*", "08", "*")),
    ("a proposal welcomed in the passive is no visit hosted",
     "The proposal was welcomed by Niger's prime minister in Niamey.", ("*", "043", "*")),
    ("appointing a minister is no election",
     "Kenya's president appointed a new defence minister on Monday.", ("*", "08", "*")),
    ("naming the head of a bank is no election",
     "Nigeria's president named a new central bank president on Monday.", ("*", "08", "*")),
    ("a margin of votes is a tally, not the election held",
     "Zambia's Labour candidate won in Lusaka by 29 votes.",
     ("*", "08", "*")),
    ("to demonstrate a thing is to show it, not to protest (session 20)",
     "Kenya's space agency aims to demonstrate a soft landing on the Moon in 2026.",
     ("KEN", "14", "*")),
    ("demonstrating that something holds is showing it (session 20)",
     "Brazilian engineers demonstrated that the new dam in Para state is safe.",
     ("BRA", "14", "*")),
    ("the subject of 'are reported killed' is the victims, not the killers (session 20)",
     "Gunmen opened fire on a market in Maiduguri. At least 12 traders are reported killed.",
     ("NGABUS", "19", "*")),
    ("appointing oneself president grants no leadership change (session 20)",
     "Thailand's army chief appointed himself prime minister on Friday.", ("*", "08", "*")),
    ("medals grabbed are no property seized (session 20)",
     "Kenyan runners grabbed four more medals at the championships in Accra, Ghana.",
     ("KEN", "17", "*")),
    ("an army base is no civilian place",
     "Rebels attacked an army base in northern Mali.", ("*", "19", "MLICVL")),
]


@pytest.mark.parametrize("name,text,absent", NOT_FOUND, ids=[n[0] for n in NOT_FOUND])
def test_rule_keeps_the_event_out(coder, name, text, absent):
    events = coder.code(text, date=DATE).events
    assert not has(events, *absent), show(events)


def test_untargeted_acts_are_counted_not_output(coder, coder_all):
    # two other countries in the sentence: none of them is inferred to be the target
    text = "Sudanese troops shelled the market on Sunday, Chadian and Egyptian officials said."
    default = coder.code(text, date=DATE)
    assert not any(e.cameo.root == "19" for e in default.events), show(default.events)
    assert default.dropped.get("no target", 0) >= 1
    kept = coder_all.code(text, date=DATE)
    assert any(e.cameo.root == "19" and e.target is None for e in kept.events), show(kept.events)


def test_a_role_placed_nowhere_is_counted_not_output(coder, coder_all):
    # the story names others (Uganda, Kenya) but never says whose police these are (with "in
    # Nairobi" it would: since session 18 the places of its acts count toward the article's
    # country, coder._article_country)
    text = ("Uganda and Kenya signed a trade pact on Monday. Riot police fired tear "
            "gas at stone-throwing protesters outside parliament.")
    default = coder.code(text, date=DATE)
    assert not [e for e in default.events if e.sentence == 1], show(default.events)
    assert default.dropped.get("no country", 0) >= 1
    assert any(e.sentence == 1 and e.source.country is None
               for e in coder_all.code(text, date=DATE).events)


def test_a_lone_sentence_keeps_its_unplaced_roles_acts(coder):
    # a lone sentence has no context that could place the minister: her act was told
    events = coder.code("The foreign minister flew to Mongolia on Tuesday for talks.",
                        date=DATE).events
    assert has(events, "*", "04", "MNG"), show(events)
    events = coder.code("Riot police fired tear gas at stone-throwing protesters outside "
                        "parliament.", date=DATE).events
    assert any(e.cameo.root == "17" and e.source.country is None for e in events), show(events)


def test_an_article_keeps_only_claims_without_an_addressee(coder, coder_all):
    """A claim of responsibility is complete without an addressee; an optimistic remark and a
    denial with none are left out in an article (session 16 for denials: 1 right of 3 on the
    dev set, 0 of 4 on the test split) and come back with every event kept."""
    text = ("Al-Shabab claimed responsibility for the bombing in Mogadishu. The president "
            "expressed optimism about the talks, his office said. The former minister denied "
            "any wrongdoing.")
    events = coder.code(text, date=DATE).events
    assert has(events, "SOM", "01", None), show(events)  # the claim (015)
    assert not [e for e in events if e.sentence in (1, 2) and e.cameo.root == "01"], \
        show(events)
    kept = coder_all.code(text, date=DATE).events
    assert any(e.sentence == 1 and e.cameo.code == "013" for e in kept), show(kept)
    assert any(e.sentence == 2 and e.cameo.code == "016" for e in kept), show(kept)


def test_an_appeal_to_everyone_needs_no_party_as_target(coder):
    text = ("Pakistan urged the international community to step up aid after the floods. The "
            "floods killed 30 people, officials said.")
    assert has(coder.code(text, date=DATE).events, "PAK", "02", None)
    text = ("Pakistan urged its neighbours to step up aid after the floods. The floods killed "
            "30 people, officials said.")
    assert not [e for e in coder.code(text, date=DATE).events if e.cameo.root == "02"]


def test_statements_need_no_target(coder):
    events = coder.code("Al-Shabab claimed responsibility for the bombing in Mogadishu.",
                        date=DATE).events
    assert has(events, "SOM", "01", None), show(events)


def test_force_posture_needs_its_addressee(coder, coder_all):
    # in an article, drills aimed at no one the text names are counted and left out; a lone
    # sentence keeps them (nothing else could name their addressee); aimed near a neighbour,
    # that neighbour is their target
    text = ("The Chinese navy staged drills in the South China Sea on Monday. The exercises "
            "will last three days, state media said.")
    default = coder.code(text, date=DATE)
    assert not any(e.cameo.root == "15" for e in default.events), show(default.events)
    assert default.dropped.get("no target", 0) >= 1
    assert has(coder_all.code(text, date=DATE).events, "CHN", "15", None)
    lone = coder.code("The Chinese navy staged drills in the South China Sea on Monday.",
                      date=DATE).events
    assert has(lone, "CHN", "15", None), show(lone)
    events = coder.code("The Chinese navy staged drills near Taiwan on Monday.", date=DATE).events
    assert has(events, "CHN", "15", "TWN"), show(events)


@pytest.mark.parametrize("raw,dateline", [
    ("Tehran, IRNA \u2013 Iran's foreign minister met his Omani counterpart.", "Tehran, IRNA"),
    ("Gunmen kill five in Kirkuk\nERBIL, Kurdistan Region - Gunmen killed five people.",
     "ERBIL, Kurdistan Region"),
    ("Menu | Home | World\n\nNairobi (Reuters) - Kenya said on Monday ...", "Nairobi (Reuters)"),
    ("Sanctions widen\n\nThe measures hit banks.\n\nA caption line. Picture: AFP.\n\n"
     "Standfirst on the talks.\n\nBRUSSELS -The European Union widened sanctions on Friday.",
     "BRUSSELS"),
    ("Seoul/Tokyo : South Korean and Japanese officials met in Seoul on Monday.", "Seoul/Tokyo"),
])
def test_datelines_after_furniture_and_in_title_case(raw, dateline):
    c = clean(raw)
    assert c.dateline == dateline
    assert dateline not in c.text


def test_a_title_case_phrase_before_a_dash_is_not_a_dateline():
    assert clean("Prime Minister Ali - the leader said he would resign.").dateline is None
    # two words by a slash are a dateline only when both are cities
    assert clean("Yes/No : The ministers agreed on Monday.").dateline is None


def test_a_page_date_stamp_dates_the_article(coder):
    coded = coder.code(" date 2022-09-01 Colombo, Sept. 1, (Wire) \u2013 Sri Lanka's president "
                       "met IMF officials on Thursday.\n")
    assert coded.article.date == "2022-09-01" and coded.article.date_basis == "page"


def test_words_of_sport_code_no_force(coder):
    events = coder.code("Argentina beat Brazil on the way to winning Olympic gold in Beijing.",
                        date=DATE).events
    assert not has(events, "ARG", "18", "*") and not has(events, "ARG", "19", "*"), show(events)
    # "league" is not a word of sport here
    events = coder.code("The Arab League condemned the Israeli airstrikes on Gaza.", date=DATE).events
    assert has(events, "IGO", "11", "ISR"), show(events)


def test_a_wish_to_cooperate_is_an_intent_and_only_the_wishers(coder):
    events = coder.code("Australia wants to cooperate with China on trade, the prime minister "
                        "said.", date=DATE).events
    assert has(events, "AUS", "03", "CHN"), show(events)
    assert not any(e.source.country == "CHN" for e in events), show(events)


def test_a_wish_to_attack_stays_hypothetical(coder):
    coded = coder.code("The rebels want to attack the capital of Chad.", date=DATE)
    assert not any(e.cameo.root in ("13", "19") for e in coded.events), show(coded.events)
    assert coded.dropped.get("hypothetical", 0) >= 1


def test_announcing_aid_is_a_pledge(coder):
    events = coder.code("Japan approved a new aid package for Sri Lanka on Tuesday.",
                        date=DATE).events
    assert has(events, "JPN", "03", "LKA"), show(events)


def test_an_act_noun_refers_back_only_a_few_sentences(coder):
    text = ("Canada imposed sanctions on Iran on Monday. The sanctions target steel. Ottawa also "
            "named a new envoy. The envoy arrived on Tuesday. He met officials. They discussed "
            "trade. Talks went well. Exports rose. The sanctions hurt the economy.")
    events = coder.code(text, date=DATE).events
    sanctions = [e for e in events if e.cameo.root == "16"]
    assert {e.sentence for e in sanctions} == {0, 1}, show(events)


@pytest.mark.parametrize("text,trigger,reporter", [
    # an act done in words is reported by whoever said them
    ("Egypt condemned the Israeli raid on Gaza on Monday.", "condemned", "EGY"),
    # a newspaper that alone tells of an act is who says so
    ("Troops killed six villagers in northern Myanmar, according to the newspaper.", "killed",
     "MED"),
    # "an officer from X police": the role belongs to the body it is from
    ("Militants shelled a village in Iraq, an officer from the Iraqi police told reporters.",
     "shelled", "IRQCOP"),
])
def test_who_says_so(coder, text, trigger, reporter):
    events = [e for e in coder.code(text, date=DATE).events if e.trigger.text == trigger]
    assert events and all(e.reported_by is not None and e.reported_by.code.endswith(reporter)
                          for e in events), show(events)


def test_a_national_organisation_carries_its_country(coder):
    events = coder.code("Al-Shabaab fighters stormed a hotel in Mogadishu on Friday.",
                        date=DATE).events
    assert events and all(e.source.country == "SOM" for e in events), show(events)


def test_parties_urged_to_act_are_no_pair(coder_all):
    # "urged A and B to impose" names whom one asks, not a pair acting together: a later "both
    # sides" is not A and B
    text = ("Sudanese troops shelled rebel positions in Darfur on Monday. Kenya's president urged "
            "the European Union and the United States to impose sanctions on Sudan. The African "
            "Union urged both sides to exercise restraint.")
    events = [e for e in coder_all.code(text, date=DATE).events if e.sentence == 2]
    assert not any(e.target and e.target.code in ("IGOEEU", "USA") for e in events), show(events)


def test_their_in_a_sentence_with_a_joint_subject_is_its_members(coder):
    # "During their meeting, A and B signed": "their" is A and B, not the subject before
    text = ("Ghana's foreign minister spoke to reporters in Accra on Monday. During their meeting "
            "on Tuesday, Togo and Benin signed a border deal.")
    events = [e for e in coder.code(text, date=DATE).events if e.trigger.text == "meeting"]
    assert {(e.source.country, e.target.country if e.target else None) for e in events} == {
        ("TGO", "BEN"), ("BEN", "TGO")}, show(events)


OWN_COUNTRY = ("Zambia's president said on Monday that Zambia would seek more investment. "
               "Hichilema returned to Lusaka on Sunday after a visit to Angola.")


def test_cooperation_aimed_at_the_doers_own_country_is_left_out(coder, coder_all):
    """docs/policy.md "own country": in an article, a cooperative act aimed at the doer's own
    country as a name or place is left out and counted; --all-events brings it back."""
    default = coder.code(OWN_COUNTRY, date=DATE)
    assert not any(e.source.country == "ZMB" and e.target is not None
                   and e.target.code == "ZMB" and e.cameo.root <= "08"
                   for e in default.events), show(default.events)
    kept = coder_all.code(OWN_COUNTRY, date=DATE)
    assert any(e.source.country == "ZMB" and e.target is not None and e.target.code == "ZMB"
               for e in kept.events), show(kept.events)
    assert default.dropped.get("own country", 0) >= 1


def test_the_doers_own_people_are_a_counterpart(coder):
    text = ("Ghana's president thanked the Ghanaian people for a peaceful vote on Monday. "
            "He spoke in Accra.")
    events = coder.code(text, date=DATE).events
    assert has(events, "GHA", "05", "GHA"), show(events)


def test_a_dateline_alone_gives_the_story_its_country(coder):
    """An article that names no country but its dateline ("KAMPALA, UGANDA: Police ...") is
    about the dateline's country: its roles are of that country (the dateline itself is never an
    actor)."""
    text = ("KAMPALA, UGANDA: Riot police fired tear gas to disperse traders protesting against "
            "new taxes on Tuesday.\n\nPolice arrested a dozen of the protesters.")
    events = coder.code(text, date=DATE).events
    assert any(e.source.code == "UGACOP" and e.cameo.root == "17" for e in events), \
        show(events)

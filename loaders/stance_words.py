"""The words stances are read from: the verbs, adjectives and nouns that recognise, reject, condemn, affirm
integrity or call for talks, and the words that stand for the vote itself (`loaders.stance` reads them in the
dependency parse, with negation and scope), the stances they cue, and the polarity a statement's stances give.
"""

from collections.abc import Iterable

NON_RECOGNITION, CONDEMNATION = "non-recognition", "condemnation"
TERRITORIAL_INTEGRITY, PEACEFUL_SETTLEMENT = "support-territorial-integrity", "call-for-peaceful-settlement"
RECOGNITION, OTHER = "recognition", "other"
STANCES = (NON_RECOGNITION, CONDEMNATION, TERRITORIAL_INTEGRITY, PEACEFUL_SETTLEMENT, RECOGNITION, OTHER)
REJECTING = {NON_RECOGNITION, CONDEMNATION, TERRITORIAL_INTEGRITY}

RECOGNISE = {"recognize", "recognise", "accept", "acknowledge", "endorse", "legitimize", "legitimise"}
WELCOME = {"welcome", "congratulate", "hail", "praise", "salute", "applaud", "commend", "laud", "celebrate", "respect"}
REJECT = {"reject", "dismiss", "disregard", "repudiate", "rebuff", "spurn", "disavow"}
# the greetings sent to a winner: "a message of congratulations", "his felicitations"
CONGRATULATIONS = {"congratulation", "congratulations", "felicitation", "felicitations"}
NEGATING_HEADS = {"refuse", "decline", "fail", "never"}
# what is denied when one denies "reports that" someone did something
HEARSAY = {"report", "claim", "rumour", "rumor", "allegation", "suggestion"}
# what is said against a vote, whatever the words: "Western criticism", "the accusations"
CRITICISM = {"criticism", "critique", "accusation", "allegation", "condemnation", "objection", "charge"}
# what the vote's defenders call the criticism of it: "groundless", "biased", "politically motivated"
UNFOUNDED = {"groundless", "baseless", "unfounded", "unjustified", "biased", "absurd", "motivated"}
# what one rejects when one defends the vote: "Moscow rejected the criticism", "dismissed the accusations"
OBJECTIONS = {
    "criticism",
    "critique",
    "accusation",
    "allegation",
    "charge",
    "claim",
    "condemnation",
    "statement",
    "remark",
    "comment",
    "concern",
    "objection",
    "protest",  # ("The Kremlin brushed aside the protest")
    "call",
    "demand",
    "interference",
    "pressure",
    "report",
    "appeal",
    "assessment",
    "description",  # "rejected Baku's description of the referendum as illegal"
    "characterisation",
    "characterization",
    "portrayal",
    "depiction",
    "assertion",
}
# what calling the vote praises it: "a great success", "a triumph of democracy"
PRAISE = {"success", "triumph", "milestone", "celebration", "achievement", "victory"}
# how one takes news one likes: "pleased with the outcome", "encouraged by the result"
PLEASED = {"pleased", "satisfied", "encouraged", "heartened", "delighted", "gratified"}
# "a hopeful development", "a welcome step", "a positive sign"
DEVELOPMENT = {"development", "step", "stage", "sign", "signal", "news", "event", "contribution"}
HOPEFUL = {"hopeful", "positive", "welcome", "encouraging", "good", "promising", "important", "historic", "significant"}
LEGITIMISE = {"legitimise", "legitimize", "legalise", "legalize", "consolidate", "cement", "entrench"}
# a show of legitimacy that is none: "to give a veneer of legitimacy to the occupation", "a fig leaf of legality"
SEMBLANCE = {
    "veneer",
    "semblance",
    "facade",
    "façade",
    "leaf",
    "cloak",
    "appearance",
    "illusion",
    "impression",  # ("to create a false impression of legitimacy")
    "pretence",
    "pretense",
}
# the vote as a stage of a seizure: "another step by Russia towards the annexation of Georgian territory"
STAGE = {"step", "move", "stage", "prelude", "stepping-stone"}
SEIZURE = {"annexation", "occupation", "seizure", "absorption", "incorporation"}
# the vote as what carries a seizure on, or follows from it: "a continuation of the occupation by other means", "a tool
# of annexation", "a direct consequence of Russia's occupation"
CARRYING_ON = {"continuation", "extension", "consolidation", "instrument", "tool", "consequence", "product"}
CARRYING_ON |= {"act", "manifestation"}  # (of aggression: "another manifestation of Russia's aggressive policy")
LEGITIMACY = {"legitimacy", "legality", "legitimation", "lawfulness"}
# (and "the Minsk agreements", a peace plan's "roadmap")
LAWS = {"law", "legislation", "constitution", "charter", "agreement", "accord", "roadmap"}
FREELY = {"freely", "fairly", "voluntarily", "democratically"}
# "the vote reflected the will of the people", "the residents expressed their will": the vote as the voters' choice
WILL = {"will", "choice", "wish", "aspiration", "decision"}  # what the voters express
# what a vote is said to be of the voters' will or right: "an expression of the will", "an exercise of the right to"
MANIFESTING = {"expression", "reflection", "manifestation", "exercise", "realisation", "realization"}
VOICING = {"reflect", "express", "represent", "embody", "show", "demonstrate", "display", "confirm", "prove"}
# what an "illegal" or "illegitimate" may qualify, or a condemning verb take as its object, that is not the vote:
# "the illegal annexation of Crimea", "criticised his call for a more equal relationship"
NOT_THE_VOTE = {
    "annexation",
    "occupation",
    "regime",
    "authorities",
    "government",
    "seizure",
    "invasion",
    "war",
    "call",
    "remark",
    "comment",
    "arrest",
    "detention",
    "attack",
    "shelling",
    # (military action: "Russia's aggression"; "the military activity of Azerbaijan", loaders.cue_clauses)
    "offensive",
    "operation",
    "aggression",
    "incursion",
    "blockade",
    "bombing",
    "killing",
    "cleansing",  # ("to legitimize the results of ethnic cleansing")
    "resolution",  # (what others did about the vote: 'called the resolution "counterproductive"')
}
# what others did against a vote's organisers, which "illegal" may qualify: 'called the measures "illegal"' (not in
# NOT_THE_VOTE: "imposed sanctions and said they would not recognise the result" is the speakers' "they")
COUNTERMEASURES = {"sanction", "measure"}
LEGITIMATE = {
    "legitimate",
    "legal",
    "valid",
    "lawful",
    "fair",
    "free",
    "democratic",
    "transparent",
    "orderly",
    "competitive",  # "open and competitive"
    "pluralistic",
    "convincing",  # "the results are very convincing"
    "credible",
    "normal",  # "voting there was perfectly normal"
}
ILLEGITIMATE = {
    "illegitimate",
    "illegal",
    "meaningless",  # "meaningless from a legal point of view"
    "unlawful",
    "invalid",
    "null",
    "void",
    "bogus",
    "fake",
    "pseudo",
    "unconstitutional",
    "fraudulent",
    "rigged",
    "fabricated",  # ("results fabricated in advance")
    "falsified",
    "so-called",
    "worthless",
}
# the nouns: "stressed the illegitimacy of the referendum", "underscoring the invalidity of the vote"
ILLEGITIMACY = {"illegitimacy", "illegality", "invalidity", "nullity"}
ILLEGITIMATE |= ILLEGITIMACY
NO_LEGAL = {
    "basis",
    "consequence",
    "consequences",
    "force",
    "effect",
    "validity",
    "standing",
    "significance",
    "value",
    "legitimacy",
    "relevance",  # "devoid of any legal relevance"
}
# what observers say they found none of when they approve of a vote: "registered no serious violations"
IRREGULARITIES = {"violation", "irregularity", "breach", "infringement", "fraud", "falsification"}
CONDEMN = {
    "condemn",
    "denounce",
    "deplore",
    "criticize",
    "criticise",
    "slam",
    "decry",
    "lambast",  # and "blasted the vote" (a verb only: a blast is also an explosion), cued in loaders.stance
    "castigate",
    "assail",
    "excoriate",
    "deride",  # "derided the vote as a farce", "ridiculed", "mocked", "scorned", "scoffed at", "railed against"
    "ridicule",
    "mock",
    "scorn",
    "scoff",
    "rail",
    "violation",
    "violate",
    "contravention",
    "contravene",
    "contrary",
    "incompatible",  # "incompatible with the Minsk agreements", "inconsistent with international law"
    "inconsistent",
    "breach",
    "provocation",
    "provocative",
    "sham",
    "farce",
    "travesty",
    "reprehensible",
    "unacceptable",
    "inadmissible",
    "flagrant",
    "blatant",
    "undermine",
    "mockery",
    "parody",
    "destabilize",
    "destabilise",
    "outrageous",
    "crime",  # "yet another crime of the occupier", "a criminal act"
    "criminal",
    "incomprehensible",  # (a German government's word: "the vote is incomprehensible")
    "illegally",
    "condemnation",
    "flawed",  # "a deeply flawed vote", "marred by irregularities", "a process tainted by Ankara's meddling"
    "marred",
    "tainted",
    "unhelpful",  # the diplomats' mildest reproach: "an unhelpful step", "counterproductive"
    "counterproductive",
    "contradict",  # "the votes contradict the Minsk agreements", "are in contradiction with"
    "contradiction",
    "obstacle",  # "a new obstacle on the path towards peace"
    "simulation",  # "described the voting as a simulation", "an imitation of elections"
    "imitation",
    "imitate",  # "the vote merely imitated democracy"
    "charade",
    "circus",
    "affront",  # "an affront to democracy", "an insult to the people of Georgia"
    "insult",
}
# a vote called a show: "an absurd show", "a puppet show" (said of it, not "polls show")
SHOW = {"show", "spectacle", "theatre", "theater", "performance"}
# what a vote is named as a whole by, a thing no one can recognise: "will never recognise 'a farce organised under
# occupation'", "does not accept this charade" (not a "show", which may be a talk show or a protest show)
SHAMS = {"sham", "farce", "travesty", "charade", "circus", "mockery", "parody", "simulation", "masquerade"}
# what a vote is blamed for stoking: "would only increase tensions", "risks inflaming tensions"
TENSIONS = {"tension", "tensions", "division", "divisions", "discord", "instability", "disorder"}
STOKING = {"increase", "raise", "fuel", "heighten", "escalate", "inflame", "aggravate", "exacerbate", "stoke"}
STOKING |= {"create", "sow", "deepen", "provoke"}  # ("an attempt to create further division and disorder")
# "held in a free and democratic manner", "in a calm atmosphere": how the vote went
MANNER = {"manner", "way", "fashion", "atmosphere", "environment", "conditions"}
# how a vote went that praises it without saying it was lawful: "in an organised manner", "in a calm atmosphere", "in
# an exemplary manner"
ORDERLY = {"organised", "organized", "calm", "peaceful", "orderly", "smooth", "exemplary"}
# what one keeps from doing ("refrain from recognising", "abstain from any step that would legitimise"), and what a call
# for restraint asks others not to do ("avoid steps that raise tensions", "refrain from provocations")
HOLDING_OFF = {"refrain", "abstain", "desist"}
AVERTING = HOLDING_OFF | {"avoid", "prevent"}
# "the vote took place calmly", "voting is going very actively"
ORDERLY_ADVERBS = {"calmly", "peacefully", "smoothly", "actively", "briskly"}
VIOLATING = {
    "violation",
    "violate",
    "breach",
    "undermine",
    "against",
    "infringe",
    "encroach",
    "attack",
    "threat",
    "contrary",
    "disregard",
    "infringement",
    "encroachment",
    "contravention",
}
TI_HEADS = {"integrity", "sovereignty", "inviolability", "inseparable", "integral"}
# "an integral part of Georgia" affirms Georgia's integrity; "an integral part of Russia" claims the territory for
# Russia (loaders.stance reads whose part it is said to be)
# ("de facto part of": said, no side taken; "an internal matter of Georgia": Georgia's)
PART_OF = {"integral", "inseparable", "inalienable", "facto", "internal"}
PEACE = {
    "settlement",
    "negotiation",
    "negotiate",
    "negotiating",  # "a return to the negotiating table" (the model's lemma of the noun)
    "dialogue",
    "talk",
    "discussion",
    "peace",
    "solution",
    "diplomacy",
    "restraint",  # "urged all sides to exercise restraint", "called for calm": for a peaceful course
    "calm",
    "de-escalation",
    "de-escalate",  # ("urged all sides to de-escalate", "a constructive role in de-escalating the situation")
    "ceasefire",  # "urged the immediate cessation of violence", "called for a ceasefire"
    "cessation",
    "peacefully",  # "urged all sides to resolve the dispute peacefully"
}
PEACE_QUALIFIED = {
    "resolution": {"peaceful", "political", "diplomatic", "negotiated", "early"},
    "mean": {"political", "diplomatic", "peaceful"},
    "means": {"political", "diplomatic", "peaceful"},
    # "engage constructively in the UN process", "the settlement process", "the reunification process" (not "the
    # electoral process")
    "process": {"peace", "negotiating", "negotiation", "settlement", "un", "u.n.", "un-led", "reunification"}
    | {"reintegration"},
    # "UN efforts to reunify the island", "any effort to reunify it", "reunification efforts"
    "effort": {"peace", "mediation", "settlement", "un", "u.n.", "un-led", "diplomatic", "reunify", "reunite"}
    | {"reunification", "reintegration"},
    # "hoped the two leaders would build on the progress made so far" (in the talks)
    "progress": {"made", "achieved", "peace", "settlement"},
    # "urged all parties to refrain from hasty actions": a call for restraint (a call must govern it, as every cue here)
    "action": {"hasty", "rash"},
    "step": {"hasty", "rash"},
    # "Our focus remains the peaceful reintegration of the country", "the peaceful reunification of the island"
    "reintegration": {"peaceful"},
    "reunification": {"peaceful"},
    # "hoped the new leadership would reach a deal on reunification", "an agreement to reunite the island" (not "the
    # Minsk agreements", nor "a gas deal")
    "deal": {"reunification", "reunify", "reunite", "reintegration"},
    "agreement": {"reunification", "reunify", "reunite", "reintegration"},
    # "the UN framework for a bizonal, bicommunal federation": the agreed basis of a Cyprus settlement
    "federation": {"bizonal", "bicommunal", "bi-zonal", "bi-communal"},
}
CALLING = {
    "opportunity",  # 'saw the result as "an opportunity" to restart negotiations'
    "chance",
    "call",
    "urge",
    "support",
    "encourage",
    "stand",
    "commit",
    "committed",
    "commitment",  # "reiterated its commitment to a settlement under UN auspices"
    "engage",
    "favor",
    "favour",
    "advocate",
    "back",
    "important",
    "need",
    "must",
    "should",
    "appeal",
    "invite",
    "resolve",
    "ready",
    "open",  # "Chisinau was open to dialogue with the new legislators"
    "hope",
    "want",  # "wanted the negotiations to resume"
    "expect",  # "expected the new leader to respect the UN framework for a bizonal, bicommunal federation"
    "continue",
    "keep",  # "would keep talking to Tiraspol in the 5+2 format"
    "seek",
    "achieve",
    "promote",
    "facilitate",
    "help",
    "contribute",
    "reach",
    "resume",
    "resumption",  # "to discuss a resumption of settlement talks"
    "pursue",
    "advance",
    "believe",
    "strive",
    "work",
}
# words that name the vote itself
VOTE_NOUNS = {
    "election",
    "elections",
    "vote",
    "poll",
    "polls",
    "referendum",
    "results",
    "result",
    "outcome",
    "ballot",
    "plebiscite",
    "runoff",
}
# who votes: "the people", "voters", "residents" (whose will or choice a vote shows)
VOTERS = {"people", "voter", "citizen", "resident", "electorate", "nation", "population"}
# what a vote is said to be a legitimate one of (not "a pseudo-democratic farce")
AN_EXERCISE = {"exercise", "expression", "act", "process", "procedure", "choice", "decision"} | VOTE_NOUNS
# ... and the words that stand for it as the argument of a verb ("recognise it", "the choice of voters")
ELECTION_WORDS = VOTE_NOUNS | {
    "winner",
    "victory",
    "win",  # ("hailed Eroglu's win")
    "it",
    "them",
    "this",
    "these",
    "choice",
    "will",
    "voters",
    "verdict",
    "turnout",  # "praised the turnout"
}

RELATIVE = {"which", "that", "who", "whom"}
# how one takes what others did: "treats with understanding", "viewed the decision with understanding"
TREATING = {"treat", "view", "regard", "perceive", "take", "meet", "greet", "receive", "react", "respond", "look"}
# what one says, named as a noun with what it says: "the statement by X that the vote ...", "X's claim that ..."
STATED_NOUNS = {"statement", "declaration", "claim", "assertion", "announcement", "insistence", "assurance"}
# ("Moldova's position is that ...", "made no secret of its view that", "issued the standard line that")
STATED_NOUNS |= {"position", "view", "stance", "line"}
# ... and the nouns of how someone described the vote: "Baku's description of the referendum as illegal"
DESCRIBING = {"description", "characterisation", "characterization", "portrayal", "depiction"}

# verbs of disapproval, which diplomats use for a vote they reject: "regrets the holding of", "opposed the referendum",
# "protested against the vote", "objected to"; and their nouns: "expressed regret over", "its opposition to"
DISAPPROVE = {"regret", "oppose", "protest", "object"}
DISAPPROVAL = {"regret", "opposition", "protest"}  # (and "a note of protest over the elections")
# what a vote is said to do to the peace efforts, a reproach (which, as the rest of its words, still calls for them):
# "undermines the peace process", "endangered the Minsk peace process", "would further complicate its implementation"
IMPERILLING = {
    "undermine",
    "endanger",
    "jeopardise",
    "jeopardize",
    "threaten",
    "derail",
    "complicate",
    "hamper",
    "imperil",
    "harm",  # "harm the efforts towards a peaceful settlement"
    "damage",
    "hinder",  # "hindered efforts towards a peaceful settlement"
    "impede",
    "obstruct",
    "torpedo",
    "sabotage",
}


def polarity(stances: Iterable[str]) -> str:
    """reject when any stance rejects the vote, endorse for recognition alone, else neutral.

    >>> polarity(["call-for-peaceful-settlement", "non-recognition"]), polarity(["recognition"]), polarity(["other"])
    ('reject', 'endorse', 'neutral')
    """
    stances = set(stances)
    if stances & REJECTING:
        return "reject"
    return "endorse" if RECOGNITION in stances else "neutral"

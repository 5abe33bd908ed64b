"""The verbs that make a speech or stance event: those that say ("said", "tweeted", "stressed"), those that take a
stance themselves ("condemned", "does not recognize", "welcomed"), and those that send a greeting ("sent a message of
congratulations"). `loaders.events` finds events by them; `loaders.event_words` reads what they report.
"""

from __future__ import annotations

SPEECH_VERBS = {
    "say",
    "state",
    "tell",
    "note",
    "add",
    "stress",
    "emphasize",
    "emphasise",
    "underline",
    "declare",
    "announce",
    "reiterate",
    "repeat",  # "repeated its call for dialogue"
    "write",
    "tweet",
    "post",
    "claim",
    "affirm",
    "reaffirm",
    "insist",
    "comment",
    "remark",
    "warn",
    "urge",
    "call",
    "describe",
    "express",
    "voice",
    "point",
    "read",
    "mention",
    "argue",
    "explain",
    "confirm",
    "respond",
    "react",
    "consider",
    "regard",
    "treat",  # "Tbilisi treats the vote as void"
    "label",
    "brand",
    "term",
    "dub",
    "deem",
    "view",
    "believe",
    "assert",
    "maintain",
    "recall",
    "accuse",
    "publish",
    "release",
    "quote",
    "characterize",
    "characterise",
    "appeal",
    "demand",
    "hope",
    # (as agencies translate from other languages: "assured on Friday that Spain will not recognise", "indicated")
    "assure",
    "indicate",
    # (as ministries' press releases put it: "The Ministry ... informs that the so-called elections have no legal
    # value", "underscored that", "highlighted that")
    "inform",
    "underscore",
    "highlight",
    "lament",  # "lamented that Russia continues to stage farces"
    # (an answer to a question put: "Asked about the vote, X replied that ...", "retorted that", "countered that";
    # not "answer", which as often takes the questions: "answered our questions on the vote")
    "reply",
    "retort",
    "counter",
}
STANCE_VERBS = {
    "condemn",
    "denounce",
    "reject",
    "recognize",
    "recognise",
    "welcome",
    "congratulate",
    "criticize",
    "criticise",
    "slam",
    "decry",
    "lambast",
    "blast",
    "castigate",
    "assail",
    "excoriate",
    "refuse",
    "decline",
    "deplore",
    "dismiss",
    "accept",
    "acknowledge",
    "endorse",
    "hail",
    "praise",
    "salute",
    "applaud",
    "commend",
    "laud",
    "celebrate",  # "Ankara celebrated Tatar's victory"
    "repudiate",
    "rebuff",
    "spurn",
    "disavow",
    "deride",
    "ridicule",
    "mock",
    "scorn",
    "scoff",  # "scoffed at the vote", "railed against the referendum"
    "rail",
    "oppose",
    "protest",
    "regret",  # "Japan regrets the holding of the so-called elections", "objected to"
    "object",
    "support",
    "back",
    "respect",
}
# what one sends to greet a winner: "sent a message of congratulations", "sent Bzhania a congratulatory telegram"
SENDING = {"send", "extend", "convey", "dispatch"}
# what one issues or adopts to speak: "issued a statement recognising ...", "adopted a resolution condemning ..."
DOCUMENTS = {
    "statement",
    "declaration",
    "communique",
    "communiqué",
    "resolution",
    "message",
    "note",
    "letter",
    "telegram",  # "sent Khajimba a telegram congratulating him"
    "cable",
    "appeal",  # a parliament's: "adopted an appeal to international organizations urging them not to recognise"
    "address",
    "formula",  # the mediators "issued their usual formula: they do not recognize ..."
}

"""Build the fictional example assessments shipped in ``examples/``.

The examples show how real assessments differ, so that a new user can score
one and see a meaningful report straight away, and so that comparisons have
something to compare:

- ``aurelia.xlsx``: a Budapest Convention party with a comprehensive
  cyber-specific law (Aurelia, XAU);
- ``borealis.xlsx``: a jurisdiction relying on general offline offences
  stretched by case law (Borealis, XBO);
- ``calderon.csv``: broad speech offences and criminal liability for service
  providers, so that the restraint and safeguard items are the gaps
  (Calderon, XCA);
- ``deltaria.xlsx``: a comprehensive bill pending in parliament, so that
  many items are ``planned`` (Deltaria, XDE);
- ``estmere.json``: a first desk review, most items not yet assessed
  (Estmere, XES).

The five are assessed against ``eg-cybercrime-2018@1.1.0``. Beside them:

- ``history/deltaria-2024.xlsx``: Deltaria two years earlier, before the
  bill, assessed against the checklist of the day, ``eg-cybercrime-2018@1.0.0``,
  so that ``gapcheck progress`` shows change across checklist versions;
- ``projected/aurelia-budapest.xlsx``: a draft Budapest Convention profile
  projected from Aurelia's assessment through the bundled crosswalk, every
  answer still to be confirmed.

``tailoring-criminal-law-reform.yaml`` is written by hand, not here.

Every jurisdiction, law, case and institution named here is fictional. The
codes come from the range XAA-XZZ that ISO 3166-1 leaves to its users. Only
items a State can meet by its own action are answered: the groups 9 (n) and
10 (f) are answered through their sub-items, and the items addressed to UNODC
or to States jointly (10 (h) among them since 1.1.0) are context, never
scored against a country. The sub-items of 10 (f), 9 (a), 10 (p) and 10 (q)
are "consider" items: a recorded, reasoned decision not to legislate, or to
legislate narrowly, meets them (Borealis on 10 (f) (vi), Deltaria on
10 (f) (xiv)).

The assessments are kept here as plain data and written with the public API,
so the files can be rebuilt whenever the profile formats change::

    python examples/build_examples.py            # rewrite examples/
    python examples/build_examples.py --out DIR  # write the files to DIR
"""

from __future__ import annotations

import argparse
import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

import gapcheck

CHECKLIST = "eg-cybercrime-2018@1.1.0"
"""The checklist version the five current assessments are assessed against."""

HISTORY_CHECKLIST = "eg-cybercrime-2018@1.0.0"
"""The version in force when Deltaria's earlier assessment was made."""

Example = dict[str, Any]

CCA = "Computer Crimes Act 2019"
MLA_AU = "Mutual Legal Assistance in Criminal Matters Act 2008"

AURELIA: Example = {
    "file": "aurelia.xlsx",
    "checklist": CHECKLIST,
    "name": "Aurelia",
    "code": "XAU",
    "group": "Northern Region",
    "assessed_on": date(2026, 9, 18),
    "assessor": "Ministry of Justice of Aurelia, Criminal Law Policy Unit",
    "sources": [
        "Computer Crimes Act 2019 (Act No. 12 of 2019), consolidated text of 1 March 2025, Official Gazette",
        "Explanatory memorandum to the Computer Crimes Act 2019",
        "Criminal Code of Aurelia, consolidated text of 2025",
        "Criminal Procedure Code of Aurelia, consolidated text of 2025",
        "Mutual Legal Assistance in Criminal Matters Act 2008, as amended in 2019",
        "Central Authority for Mutual Legal Assistance, Annual Report 2025",
        "Prosecutor General's Guideline No. 3/2022 on international cooperation in cybercrime cases",
        "Evidence Act 1998, as amended by Act No. 13 of 2019",
        "Copyright and Related Rights Act 2011",
        "Electronic Commerce Act 2004",
        "National Cybersecurity Strategy 2022-2027",
        "Council of Europe Treaty Office, chart of signatures and ratifications of ETS 185 and list of reservations "
        "and declarations (15 September 2026)",
        "United Nations Treaty Collection, status of the UN Convention against Cybercrime (15 September 2026)",
    ],
    "answers": {
        "9.a": {
            "status": "full",
            "provisions": [f"{CCA}, s. 2", "Criminal Code, art. 214"],
            "evidence": (
                "The offences of ss. 4-12 describe the conduct (access, interception, interference, misuse of "
                "devices, forgery, fraud) in the functional terms defined in s. 2, comparable to Budapest art. 1, and "
                "name no device, medium or network; the Criminal Code's 'electronic document' (art. 214) "
                "cross-refers to s. 2, so the Code and the Act use one set of terms."
            ),
            "notes": "The procedural terms of s. 2 (traffic data, subscriber information) are assessed under 10.b.",
        },
        "9.b": {
            "status": "full",
            "provisions": ["National Cybersecurity Strategy 2022-2027, measure 4.3", f"{MLA_AU}, s. 10"],
            "evidence": (
                "Ministry of Foreign Affairs position paper on cross-border access to electronic evidence (2023), "
                "which presents respect for each State's sovereignty as the basis for faster cooperation on stored "
                "and cloud data; delegation reports from the Cybercrime Convention Committee plenaries 2021-2025 "
                "and the UN negotiating sessions."
            ),
            "notes": (
                "Aurelia signed the Second Additional Protocol (CETS 224) in 2023. None of the refusal grounds in "
                "s. 10 turns on the requesting State's legislative choices."
            ),
        },
        "9.c": {
            "status": "full",
            "provisions": [f"{MLA_AU}, s. 12(1)", f"{MLA_AU}, s. 12(2)", f"{MLA_AU}, s. 14A"],
            "evidence": (
                "s. 12(1) lets the central authority assist with investigation, evidence gathering, prosecution "
                "and adjudication for any offence, electronic evidence included; s. 12(2) requires dual "
                "criminality only for search, seizure and interception; s. 14A allows expedited preservation "
                "without it."
            ),
            "notes": (
                "Central authority figures for 2025: 212 cybercrime requests received, none refused for lack of dual "
                "criminality. s. 37 of the Computer Crimes Act also lets a court order removal of content on a "
                "foreign request, which the item does not require."
            ),
        },
        "9.d": {
            "status": "full",
            "provisions": ["National Cybersecurity Strategy 2022-2027, pillar 3", "Victims of Crime Act 2017, s. 8"],
            "evidence": (
                "Part 4 of the explanatory memorandum to the Computer Crimes Act 2019 weighs privacy and freedom "
                "of expression against public security and the interests of service providers and other third "
                "parties; cybercrime policy is pillar 3 of the National Cybersecurity Strategy, which funds "
                "prevention work and a victim helpline with a basis in s. 8 of the Victims of Crime Act."
            ),
            "notes": "The safeguards attached to each investigative power (s. 26 of the Act) are assessed under 10.b.",
        },
        "9.e": {
            "status": "full",
            "provisions": [
                f"{MLA_AU}, s. 12(3)",
                f"{MLA_AU}, s. 15",
                f"{MLA_AU}, s. 16",
                "Extradition Act 2006, s. 5(2)",
            ],
            "evidence": (
                "s. 12(3) and s. 5(2) test dual criminality by the conduct, not by the name or classification of the "
                "offence; s. 15 accepts urgent requests by secure electronic means, confirmed in writing later, "
                "and s. 16 has requests executed in the form the requesting State asks unless that is contrary to "
                "Aurelian law."
            ),
            "notes": (
                "Supreme Court of Aurelia, In re Extradition of K. (2021), applied s. 5(2) to a foreign "
                "'computer sabotage' offence that has no identically named Aurelian counterpart."
            ),
        },
        "9.f": {
            "status": "full",
            "provisions": ["Legislative Drafting Guidelines 2016, para. 41"],
            "evidence": (
                "The explanatory memoranda to the Computer Crimes Act 2019 and to its 2024 amendment on real-time "
                "traffic data each assess the expected operational value of the powers concerned, with case data "
                "of the National Cybercrime Centre, and their effect on fundamental rights; the conditions they "
                "found necessary are in s. 26 of the Act."
            ),
            "notes": (
                "Para. 41 of the guidelines makes both assessments mandatory for any bill extending investigative "
                "powers."
            ),
        },
        "9.g": {
            "status": "partial",
            "provisions": [f"{CCA}, s. 30(1)(c)", "Criminal Code, art. 8"],
            "evidence": (
                "s. 30(1)(c) extends jurisdiction to Aurelian nationals abroad; art. 8 of the Criminal Code "
                "requires the act to be punishable where it was committed, except for attacks on Aurelian systems."
            ),
            "notes": (
                "Habitual residents who are not nationals are not covered, and double criminality applies. "
                "Aurelia maintains its reservation under Budapest art. 22(2). Amend s. 30 to reach residents."
            ),
        },
        "9.h": {
            "status": "full",
            "provisions": [f"{MLA_AU}, s. 15", "Central Authority for Mutual Legal Assistance, Annual Report 2025"],
            "evidence": (
                "Aurelia hosts the regional data centres of two global cloud providers and receives many requests "
                "for data (212 cybercrime requests in 2025). The central authority's cybercrime desk has nine "
                "lawyers; its 2025 report gives a median of 38 days to execute a cybercrime request and no request "
                "pending for more than six months; urgent requests are received under s. 15 and through the 24/7 "
                "point of contact (see 10.l)."
            ),
            "notes": (
                "Assistance is also possible on the basis of reciprocity where no treaty applies (ss. 5-6), which "
                "helps but is not a condition of this item."
            ),
        },
        "9.i": {
            "status": "full",
            "evidence": (
                "Legislative record of the Computer Crimes Act 2019: green paper of March 2017, 64 written "
                "submissions (industry, civil society, Council of Europe secretariat) and two public hearings "
                "before the bill was settled."
            ),
        },
        "9.j": {
            "status": "full",
            "provisions": [
                "Memorandum of Understanding between the National Police and the Aurelian Internet Providers "
                "Association (2020)",
            ],
            "evidence": (
                "Memorandum signed on 12 May 2020, with designated contact points at the National Cybercrime Centre "
                "and at each member provider and a joint liaison committee that met four times in 2025 (minutes "
                "reviewed); the centre's 2025 figures show 1,870 requests handled through the agreed channel."
            ),
            "notes": (
                "The statutory preservation, partial disclosure and production orders (ss. 20-22 of the Computer "
                "Crimes Act) are assessed under 10.b."
            ),
        },
        "9.k": {
            "status": "partial",
            "evidence": (
                "The Judicial Training Institute's 2025 curriculum and the 2025 'Think before you click' campaign "
                "use UNODC electronic evidence modules and awareness material."
            ),
            "notes": (
                "No financial, expert or in-kind contribution to the UNODC programme was found: using its materials "
                "without contributing is partial."
            ),
        },
        "9.l": {
            "status": "full",
            "provisions": ["State Budget Act 2026, chapter 14, programme 1403"],
            "evidence": (
                "Budget line for the National Cybercrime Centre (38 posts); yearly cybercrime courses in the "
                "training plans of the Police Academy and of the Judicial Training Institute, which trains "
                "prosecutors and judges; the 2025 'Think before you click' awareness campaign."
            ),
        },
        "9.m": {
            "status": "full",
            "evidence": (
                "Ministry of Justice review (2024) of how the Budapest Convention's 24/7 network and the Northern "
                "Region prosecutors' network performed in 180 Aurelian requests: it found slow replies from "
                "contacts that cannot act on preservation out of hours. Aurelia raised the finding at the "
                "Cybercrime Convention Committee and has funded a coordinator post in the regional network since "
                "2025."
            ),
            "notes": (
                "The 2024 amendment on expedited preservation answered the findings of a Cybercrime Convention "
                "Committee assessment. The staffing of Aurelia's own 24/7 point of contact is assessed under 10.l."
            ),
        },
        "9.s": {
            "status": "partial",
            "provisions": ["United Nations Convention against Cybercrime (2024), signed on 12 November 2025"],
            "evidence": (
                "United Nations Treaty Collection: signed on 12 November 2025, no instrument of ratification "
                "deposited."
            ),
            "notes": (
                "A ratification bill is in the Ministry's 2027 programme. The pair 9.s and 9.t is met through 9.t."
            ),
        },
        "9.t": {
            "status": "full",
            "provisions": ["Law No. 41 of 2016 ratifying the Convention on Cybercrime (ETS 185)"],
            "evidence": (
                "Council of Europe Treaty Office chart: ratified on 14 March 2017, in force for Aurelia since 1 July "
                "2017, with reservations under arts 4(2) and 22(2) made on depositing the instrument of "
                "ratification."
            ),
        },
        "9.u": {
            "status": "full",
            "provisions": [
                "Law No. 7 of 2004 ratifying the UN Convention against Transnational Organized Crime",
                f"{MLA_AU}, s. 3(2)",
            ],
            "evidence": (
                "Party to UNTOC, with its central authority notified under art. 18(13); also party to the Budapest "
                "Convention (see 9.t), the Northern Region Convention on Mutual Assistance in Criminal Matters "
                "(2001) and eleven bilateral treaties; s. 3(2) makes each of them a legal basis for requests, "
                "cybercrime included."
            ),
            "notes": "The use of UNTOC in particular cybercrime cases is assessed under 10.k.",
        },
        "10.a": {
            "status": "full",
            "provisions": ["Criminal Code, art. 7(2)"],
            "evidence": (
                "art. 7(2) provides that an offence may be committed by any means, including a computer system; "
                "Supreme Court of Aurelia, Prosecutor v. Halden (2020), applied the threats offence to messages "
                "sent through a social network."
            ),
        },
        "10.b": {
            "status": "full",
            "provisions": [f"{CCA}, s. 2", f"{CCA}, ss. 19-26"],
            "evidence": (
                "s. 2 defines traffic data, subscriber information and service provider as Budapest art. 1 does; "
                "Part 3 provides expedited preservation (s. 20), partial disclosure of traffic data (s. 21), "
                "production orders (s. 22), search and seizure of stored data (s. 23), real-time collection of "
                "traffic data (s. 24) and interception of content (s. 25), and s. 26 subjects each to judicial "
                "authorisation, stated grounds and limits on scope and duration. The National Cybercrime Centre "
                "recorded 640 preservation and 410 production orders in 2025."
            ),
            "notes": "Aurelia made no reservation under Budapest art. 14(3).",
        },
        "10.c": {
            "status": "full",
            "provisions": [f"{CCA}, Part 2", f"{CCA}, s. 50"],
            "evidence": (
                "The Computer Crimes Act holds the computer-specific offences; it was amended in 2024, and its "
                "review clause (s. 50) produced a first report to parliament in 2024 that measured the Act against "
                "new forms of ICT misuse."
            ),
            "notes": "Copyright offences are in a separate act (see 10.f.xiii).",
        },
        "10.d": {
            "status": "full",
            "provisions": [f"{CCA}, s. 4", f"{CCA}, s. 5", f"{CCA}, s. 6", f"{CCA}, s. 7", f"{CCA}, s. 8"],
            "evidence": (
                "Elements compared with Budapest arts 2-6: intent and 'without right' in each; the one added "
                "condition, serious harm for data interference (s. 6(2)), is covered by Aurelia's reservation under "
                "art. 4(2) made on ratification (see 9.t); maximum penalties of five years (ss. 4, 5 and 8) and "
                "seven years (ss. 6 and 7)."
            ),
        },
        "10.e": {
            "status": "full",
            "provisions": [
                f"{CCA}, s. 4(3)",
                f"{CCA}, s. 6(2)",
                f"{CCA}, s. 7(1)",
                "Administrative Offences Code, art. 112",
            ],
            "evidence": (
                "System interference requires serious hindering (s. 7(1)) and data interference serious harm "
                "(s. 6(2), within the art. 4(2) reservation); s. 4(3) provides that use in breach of contractual "
                "terms of service alone is not access without right; unsolicited commercial messages and minor "
                "breaches of data-handling rules are administrative offences under art. 112."
            ),
        },
        "10.f.i": {
            "status": "full",
            "provisions": [f"{CCA}, s. 8", f"{CCA}, s. 10", "Anti-Money Laundering Act 2017, s. 2"],
            "evidence": (
                "s. 8 covers distributing malware and phishing kits, s. 10 covers phishing as fraud; the 2022 "
                "amendment brought virtual assets into 'property' in the AML Act; 'computer system' in s. 2 of "
                "the CCA covers connected devices."
            ),
            "notes": "Prosecutor v. Brandt (2024) convicted a darknet vendor of crime software under s. 8.",
        },
        "10.f.ii": {
            "status": "partial",
            "provisions": ["Criminal Code, art. 201A", "Data Protection Act 2018, s. 71"],
            "evidence": (
                "art. 201A (inserted 2021) punishes sharing intimate images without consent. Disclosure of "
                "personal information is not an offence, whether as doxing or as a data-protection offence: s. 71 "
                "of the Data Protection Act 2018 provides administrative fines only."
            ),
            "notes": (
                "The Ministry's 2026 work programme announces a study of doxing, but no decision on the "
                "personal-information limb is recorded and no draft exists, so neither full nor planned."
            ),
        },
        "10.f.iii": {
            "status": "full",
            "provisions": [
                "Criminal Code, art. 290",
                "Criminal Code, art. 290B",
                "Criminal Code, art. 290C",
                "Counter-Terrorism Act 2015, s. 11",
            ],
            "evidence": (
                "art. 290B (public provocation to commit a terrorist offence) and art. 290C (recruitment, training "
                "and distribution of training material) name dissemination through a computer system; s. 11 covers "
                "financing by any means, virtual assets included; art. 290 defines the terrorist offences by "
                "reference to the UN counter-terrorism conventions."
            ),
        },
        "10.f.iv": {
            "status": "full",
            "provisions": ["Criminal Code, art. 318", "Criminal Code, art. 318A"],
            "evidence": (
                "art. 318 punishes intentionally inciting violence or hatred against a group, including by "
                "dissemination through a computer system, where the statement is likely to result in violence or "
                "discrimination; art. 318A covers threats motivated by hatred. The Supreme Court applied the Rabat "
                "Plan's six-part test to art. 318 in Prosecutor v. Dace (2023)."
            ),
            "notes": (
                "Aurelia ratified the First Additional Protocol (ETS 189) in 2019; arts 318 and 318A implement its "
                "arts 3 and 4."
            ),
        },
        "10.f.v": {
            "status": "full",
            "provisions": [f"{CCA}, s. 8(1)(b)", f"{CCA}, s. 13"],
            "evidence": (
                "s. 13 applies aiding, abetting and attempt to every Part 2 offence; s. 8(1)(b) covers making "
                "available any service designed for committing those offences."
            ),
        },
        "10.f.vi": {
            "status": "partial",
            "provisions": [f"{CCA}, s. 13", "Criminal Code, art. 129"],
            "evidence": (
                "Marketplace operators have been prosecuted as accomplices (s. 13) or as members of a criminal "
                "organisation (art. 129); there is no offence of running a platform for committing offences."
            ),
            "notes": (
                "Recommendation 7 of the 2024 review report (see 10.c) proposes such an offence with a purpose "
                "element; the Government has not yet decided on it, so no decision is recorded."
            ),
        },
        "10.f.vii": {
            "status": "full",
            "provisions": [f"{CCA}, s. 4"],
            "evidence": (
                "Intentional access without right to the whole or part of a computer system, with no further "
                "condition."
            ),
        },
        "10.f.viii": {
            "status": "full",
            "provisions": [f"{CCA}, s. 5"],
            "evidence": (
                "s. 5 covers intentional interception without right, by technical means, of non-public "
                "transmissions of computer data, electromagnetic emissions included."
            ),
        },
        "10.f.ix": {
            "status": "full",
            "provisions": [f"{CCA}, s. 6", f"{CCA}, s. 7"],
            "evidence": (
                "s. 6 covers data interference (its serious-harm element within the art. 4(2) reservation, see "
                "10.d) and s. 7 system interference."
            ),
            "notes": "Prosecutor v. Renn (2022) applied s. 7 to a denial-of-service attack on a municipal website.",
        },
        "10.f.x": {
            "status": "full",
            "provisions": [f"{CCA}, s. 8"],
            "evidence": (
                "Covers producing, selling, procuring, importing, distributing and possessing devices, programs, "
                "passwords and access codes with intent that they be used to commit an offence under ss. 4-7; "
                "s. 8(3) also exempts authorised testing and protection of systems."
            ),
        },
        "10.f.xi": {
            "status": "full",
            "provisions": [f"{CCA}, s. 9", f"{CCA}, s. 10"],
            "evidence": (
                "s. 9 covers computer-related forgery; s. 10 covers fraud by input, alteration or interference "
                "with a system and does not require a person to be deceived."
            ),
        },
        "10.f.xii": {
            "status": "full",
            "provisions": [f"{CCA}, s. 11", f"{CCA}, s. 12", "Criminal Code, art. 204"],
            "evidence": (
                "s. 11 covers producing, offering, distributing, procuring, possessing and knowingly obtaining "
                "access to abuse material, a child being anyone under 18; art. 204 punishes financing its "
                "production; s. 12 covers online grooming."
            ),
        },
        "10.f.xiii": {
            "status": "full",
            "provisions": [
                "Copyright and Related Rights Act 2011, s. 112",
                "Copyright and Related Rights Act 2011, s. 113",
            ],
            "evidence": (
                "s. 112 makes wilful infringement on a commercial scale an offence; s. 113 extends it to making "
                "works available online."
            ),
            "notes": "Met by the separate copyright act, not by the Computer Crimes Act.",
        },
        "10.f.xiv": {
            "status": "full",
            "provisions": ["Criminal Code, art. 145(2)"],
            "evidence": (
                "art. 145 punishes inciting or assisting suicide; para. (2) aggravates it when the victim is a "
                "minor and applies to communication by any means, online groups included."
            ),
        },
        "10.f.xv": {
            "status": "partial",
            "provisions": ["Network and Information Security Act 2020, s. 9", f"{CCA}, s. 7(3)"],
            "evidence": (
                "The 2020 Act designates operators of essential services, but the CCA aggravates only attacks on "
                "State systems (s. 7(3)); attacks on designated private operators carry the ordinary penalty."
            ),
            "notes": (
                "The aggravation covers government systems only, and no decision to leave designated operators out "
                "is recorded. Extend s. 7(3) to them."
            ),
        },
        "10.g": {
            "status": "full",
            "provisions": [f"{CCA}, Part 2"],
            "evidence": (
                "The offences are self-standing; the explanatory memorandum explains, offence by offence, why a "
                "specific provision was needed."
            ),
        },
        "10.i": {
            "status": "full",
            "provisions": ["Electronic Commerce Act 2004, ss. 15-17", f"{CCA}, s. 14"],
            "evidence": (
                "No offence is aimed at providers' own activities; a provider is liable for its users' conduct only "
                "on its own intent or knowledge, with mere conduit, caching and hosting exemptions and no general "
                "monitoring duty (ss. 15-17); corporate liability in s. 14 follows Budapest art. 12."
            ),
            "notes": "Cooperation with providers is assessed under 9.j.",
        },
        "10.j": {
            "status": "full",
            "provisions": ["Evidence Act 1998, ss. 65A-65C", f"{CCA}, s. 19", f"{MLA_AU}, s. 21"],
            "evidence": (
                "ss. 65A-65C admit electronic records on the same footing as other evidence, with hash and "
                "certificate rules; s. 19 CCA applies the Part 3 powers to evidence of any offence; s. 21 governs "
                "sending electronic evidence abroad."
            ),
        },
        "10.k": {
            "status": "full",
            "provisions": [f"{MLA_AU}, s. 3(2)", "Prosecutor General's Guideline No. 3/2022"],
            "evidence": (
                "The Guideline explains the use of UNTOC arts 18 and 27 in cybercrime cases and lists the offences "
                "of the Computer Crimes Act that reach its four-year threshold (the core offences carry five to "
                "seven years); two requests in 2025 relied on art. 18."
            ),
        },
        "10.l": {
            "status": "full",
            "provisions": [f"{CCA}, s. 35"],
            "evidence": (
                "The National Cybercrime Centre is the notified 24/7 point of contact under Budapest art. 35; "
                "s. 35(2) empowers it to order expedited preservation; it uses a secure channel, and after a 2024 "
                "review of its service its duty officers were raised from two to five."
            ),
        },
        "10.m": {
            "status": "full",
            "provisions": [f"{CCA}, s. 22(5)", f"{CCA}, s. 22(6)"],
            "evidence": (
                "Failing to comply with a preservation or production order is an administrative offence "
                "(s. 22(5)); the provider can challenge the order in court (s. 22(6)); the explanatory memorandum "
                "assesses the effect on providers."
            ),
        },
        "10.n": {
            "status": "full",
            "provisions": [
                f"{CCA}, s. 26(3)",
                "Constitution of Aurelia, arts 22 and 25",
                "Criminal Procedure Code, art. 310",
            ],
            "evidence": (
                "No vaguely defined offence was found, and the content offences keep to the ICCPR art. 20(2) "
                "threshold (see 10.f.iv); under s. 26(3) a warrant for any Part 3 power must state why it is "
                "necessary and proportionate and can be challenged in court; art. 310 gives a remedy for unlawful "
                "interception or access to data."
            ),
        },
        "10.o": {
            "status": "full",
            "evidence": (
                "Yearly Cybercrime Situation Report of the National Police, editions 2020-2025 reviewed, each "
                "analysing trends by offence and method."
            ),
            "notes": "Aurelia also supplies data to international trend assessments on request.",
        },
        "10.p": {
            "status": "full",
            "provisions": ["National Cybersecurity Strategy 2022-2027, pillar 3", "Victims of Crime Act 2017, s. 8"],
            "evidence": (
                "The strategy provides for a victimisation survey every two years (first run by the Statistics "
                "Office in 2023), an online reporting portal and funded information campaigns."
            ),
        },
        "10.q": {
            "status": "full",
            "provisions": ["Education Act 2010, s. 27A"],
            "evidence": (
                "Online safety has been part of the national curriculum since 2021; the Ministry of Education "
                "funds a yearly 'Safe Online' programme in schools."
            ),
        },
    },
}

PC_BO = "Penal Code (Cap. 63)"
MLA_BO = "Mutual Assistance in Criminal Matters Act 2002"
LRC_BO = "Law Reform Commission of Borealis"

BOREALIS: Example = {
    "file": "borealis.xlsx",
    "checklist": CHECKLIST,
    "name": "Borealis",
    "code": "XBO",
    "group": "Southern Region",
    "assessed_on": date(2026, 6, 30),
    "assessor": "Office of the Attorney General of Borealis, Legislative Drafting Office",
    "sources": [
        "Penal Code of Borealis (Cap. 63), revised edition 2015 with amendments to 2025",
        "Criminal Procedure Code (Cap. 75)",
        "Evidence Ordinance 1955, as amended in 2008",
        "Mutual Assistance in Criminal Matters Act 2002",
        "Telecommunications Act 1999",
        "Anti-Terrorism Act 2005",
        "Children Act 2001",
        "Copyright Act 1997",
        "Law Reports of Borealis, decisions of the High Court and Court of Appeal 2010-2025",
        "Law Reform Commission of Borealis, Issues Paper No. 9, Computer Misuse (2023)",
        "Law Reform Commission of Borealis, Report No. 22, Harmful Publication and the Internet (2025)",
        "Hansard of the National Assembly of Borealis, 4 March 2025",
    ],
    "answers": {
        "9.a": {
            "status": "partial",
            "provisions": [f"{PC_BO}, s. 4", "Evidence Ordinance 1955, s. 35A"],
            "evidence": (
                "The general offences relied on (cheating, mischief, forgery) are framed by conduct, not technology, "
                "but the terms differ from statute to statute: s. 4 of the Penal Code brings 'electronic record' "
                "into 'document', the Evidence Ordinance speaks of 'computer printouts', and 'computer' and 'data' "
                "are defined nowhere. No record shows that a common terminology was considered."
            ),
            "notes": (
                "Courts define the terms case by case: Republic v. Marlowe (2016) and Republic v. Castellan (2019) "
                "took different views of whether data is 'property'."
            ),
        },
        "9.b": {
            "status": "partial",
            "evidence": (
                "Attorney General's Chambers attended two regional meetings on electronic evidence (2022, 2024); no "
                "refusal ground in the mutual assistance law turns on the requesting State's legislative choices."
            ),
            "notes": "No policy statement says how Borealis sees sovereignty in cooperation on access to data.",
        },
        "9.c": {
            "status": "partial",
            "provisions": [f"{MLA_BO}, s. 9(1)(b)"],
            "evidence": (
                "s. 9(1)(b) makes absence of dual criminality a mandatory ground of refusal for every request, "
                "preservation and measures without coercion included; there is no power to preserve data at a "
                "foreign State's request."
            ),
            "notes": (
                "As hacking is not an offence in Borealis (see 10.f.vii), requests about illegal access must be "
                "refused."
            ),
        },
        "9.d": {
            "status": "partial",
            "provisions": [f"{LRC_BO}, Issues Paper No. 9, Computer Misuse (2023), ch. 4"],
            "evidence": (
                "Chapter 4 of the issues paper weighs privacy against the needs of investigation for any future "
                "data powers; but Borealis has no cybercrime or cybersecurity policy (see 10.p) and no prevention "
                "or victim-support measures for cybercrime."
            ),
            "notes": "Only the balance has been considered, and only in a consultation document.",
        },
        "9.e": {
            "status": "partial",
            "provisions": [f"{MLA_BO}, s. 9(1)(b)", "Extradition Act 1968, s. 6"],
            "evidence": (
                "s. 6 of the Extradition Act requires a 'substantially similar' Borealian offence; the central "
                "authority applies the same test to assistance."
            ),
            "notes": "Practice varies from case to case; there is no written conduct-based test.",
        },
        "9.f": {
            "status": "partial",
            "evidence": (
                "Issues Paper No. 9 (2023) discusses privacy safeguards for future powers, but the 2019 extension "
                "of search warrants to electronic devices came with a note on its operational need only, with no "
                "assessment of its effect on rights."
            ),
        },
        "9.g": {
            "status": "none",
            "provisions": [f"{PC_BO}, s. 6"],
            "evidence": (
                "s. 6 limits jurisdiction to offences committed wholly or partly in Borealis, save treason and "
                "piracy."
            ),
        },
        "9.h": {
            "status": "not_applicable",
            "provisions": [f"{MLA_BO}, s. 4"],
            "evidence": (
                "No major service provider or data centre is established in Borealis; the central authority "
                "received 14 requests concerning electronic data in 2025."
            ),
            "notes": (
                "Borealis does not have the more advanced capacities or infrastructure the recommendation "
                "addresses, so the duty to assist in proportion to them does not arise. Assistance is given only to "
                "'prescribed countries' (s. 4), a choice of legal bases the item leaves to the State."
            ),
        },
        "9.i": {
            "status": "partial",
            "provisions": [f"{LRC_BO}, Issues Paper No. 9 (2023)"],
            "evidence": (
                "The issues paper went to the telecommunications operators and the Bar Association; civil society "
                "and international organisations were not consulted."
            ),
            "notes": "Consultation began early, before any bill, but reached only some of the groups concerned.",
        },
        "9.j": {
            "status": "partial",
            "evidence": (
                "Police obtain subscriber data from the two mobile operators by letter, case by case; there is no "
                "memorandum of understanding, no designated contact point at either operator and no standing forum."
            ),
            "notes": "Borealis has no statutory production order; that gap is assessed under 10.b.",
        },
        "9.k": {
            "status": "unknown",
            "notes": (
                "Could not confirm whether Borealis has contributed to the UNODC programme or whether judicial "
                "training uses its material; ask the Judicial Studies Board and the Ministry of Foreign Affairs."
            ),
        },
        "9.l": {
            "status": "partial",
            "evidence": (
                "Police Cyber Desk of four officers created in 2021; its training is funded by a donor project "
                "ending in 2026; no public awareness campaign."
            ),
        },
        "9.m": {
            "status": "unknown",
            "notes": (
                "Borealis belongs to a regional police cooperation arrangement; whether it has ever reviewed how the "
                "arrangement performs could not be assessed from documents."
            ),
        },
        "9.s": {
            "status": "none",
            "evidence": (
                "United Nations Treaty Collection (20 June 2026): Borealis has not signed the UN Convention against "
                "Cybercrime."
            ),
        },
        "9.t": {
            "status": "none",
            "evidence": (
                "Council of Europe Treaty Office chart: no signature and no request for an invitation to accede; "
                "Borealian law is not modelled on any multilateral cybercrime instrument."
            ),
        },
        "9.u": {
            "status": "partial",
            "provisions": [
                "Instrument of ratification of the UN Convention against Transnational Organized Crime (2004)",
                f"{MLA_BO}, s. 3(c)",
                f"{MLA_BO}, s. 4",
            ],
            "evidence": (
                "Party to UNTOC since 2004 with a notified central authority, and s. 3(c) treats a multilateral "
                "convention as a treaty basis for requests; but Borealis has no bilateral mutual assistance treaty, "
                "has not joined the Southern Region Scheme for Mutual Assistance in Criminal Matters that is open to "
                "it, and s. 4 confines assistance to 'prescribed countries'."
            ),
            "notes": "Borealis relies on UNTOC almost alone. Its use in cybercrime cases is assessed under 10.k.",
        },
        "10.a": {
            "status": "full",
            "provisions": [f"{PC_BO}, s. 318", f"{PC_BO}, s. 340", f"{PC_BO}, s. 362"],
            "evidence": (
                "Court of Appeal applied cheating (s. 318) to online sales fraud in Republic v. Marlowe (2016) and "
                "mischief (s. 362) to deleting a company's data in Republic v. Castellan (2019); the Director of "
                "Public Prosecutions' Guidelines 2020 confirm online use of the threats and harassment offences."
            ),
            "notes": (
                "This is how Borealis prosecutes cybercrime today. The limits of the general offences (fraud needs "
                "a deceived person, access alone is no offence) are recorded under 10.f.vii and 10.f.xi."
            ),
        },
        "10.b": {
            "status": "partial",
            "provisions": ["Criminal Procedure Code (Cap. 75), s. 88"],
            "evidence": (
                "Investigators use the general search warrant, extended to 'electronic devices' in 2019; there are "
                "no powers of expedited preservation, production, real-time collection of traffic data or "
                "interception of content data, and traffic data and subscriber information are defined nowhere."
            ),
            "notes": "The offences are assessed under 10.d and 10.f.",
        },
        "10.c": {
            "status": "none",
            "evidence": "No cybercrime act or computer-specific offence on the statute book.",
            "notes": (
                "Not planned: Issues Paper No. 9 is a consultation document and no drafting instructions have been "
                "issued."
            ),
        },
        "10.d": {
            "status": "partial",
            "provisions": [f"{PC_BO}, s. 362", "Telecommunications Act 1999, s. 48"],
            "evidence": (
                "Data interference is reachable as mischief (s. 362, as read in Castellan); interception only by "
                "operators' staff (s. 48); no offence of illegal access, system interference or misuse of devices."
            ),
        },
        "10.e": {
            "status": "full",
            "provisions": [f"{PC_BO}, s. 362(2)", "Telecommunications Act 1999, s. 61"],
            "evidence": (
                "Mischief requires damage above a set value (s. 362(2)); unsolicited messages and misuse of a "
                "telecommunications service carry administrative penalties (s. 61)."
            ),
            "notes": "Conforms largely because there are no cyber-specific offences that could reach too far.",
        },
        "10.f.i": {
            "status": "partial",
            "provisions": [f"{PC_BO}, s. 318", "Proceeds of Crime Act 2010, s. 2"],
            "evidence": (
                "Phishing is prosecuted as cheating when a person is deceived; nothing covers malware or crime "
                "software; 'property' in the Proceeds of Crime Act does not mention virtual assets. No decision on "
                "these gaps is recorded."
            ),
        },
        "10.f.ii": {
            "status": "none",
            "evidence": (
                "No offence of sharing intimate images without consent and no offence of disclosing personal "
                "information (Borealis has no data-protection law); the Director of Public Prosecutions advised in "
                "2024 that the obscene publications offence (s. 210) does not reach private sharing, so victims can "
                "only sue in defamation."
            ),
            "notes": (
                "The Cyber Desk's 2025 return records 37 complaints of intimate-image abuse, none of which could be "
                "prosecuted. No decision on either limb is recorded."
            ),
        },
        "10.f.iii": {
            "status": "full",
            "provisions": [
                "Anti-Terrorism Act 2005, s. 6",
                "Anti-Terrorism Act 2005, s. 7",
                "Anti-Terrorism Act 2005, s. 9",
            ],
            "evidence": (
                "Recruitment and training (s. 6), incitement to commit a terrorist act (s. 7) and financing (s. 9) "
                "are offences 'by any means, including electronic'."
            ),
        },
        "10.f.iv": {
            "status": "partial",
            "provisions": [f"{PC_BO}, s. 153"],
            "evidence": (
                "s. 153 punishes words 'spoken or written' that promote enmity between groups, with no incitement "
                "element, so it reaches expression below the ICCPR art. 20(2) threshold; no court has yet decided "
                "whether a social-media post counts as written words, and no human-rights assessment is recorded."
            ),
        },
        "10.f.v": {
            "status": "partial",
            "provisions": [f"{PC_BO}, s. 21"],
            "evidence": (
                "The general abetment rules apply to the general offences used online; nothing reaches a person "
                "who supplies tools or services without taking part in a particular offence, and no decision on "
                "that gap is recorded."
            ),
        },
        "10.f.vi": {
            "status": "full",
            "provisions": [f"{PC_BO}, s. 21", f"{LRC_BO}, Report No. 22 (2025), ch. 6"],
            "evidence": (
                "Chapter 6 of the Report considered an offence of operating an online platform, or publishing "
                "information, for committing offences. Assessing it against ICCPR arts 17 and 19, the Commission "
                "found that abetment (s. 21) already reaches operators who act for a criminal purpose and that a "
                "separate offence would catch security research and journalism, and recommended none; the Attorney "
                "General accepted the recommendation in a statement to the National Assembly on 4 March 2025."
            ),
            "notes": (
                "Met by a recorded, reasoned decision not to create the offence: platform operators remain "
                "reachable only as abettors of particular offences."
            ),
        },
        "10.f.vii": {
            "status": "none",
            "evidence": (
                "No offence of unauthorised access: in Republic v. Aldous (2021) the High Court acquitted a "
                "defendant who entered a hospital database without authority because nothing was taken or damaged."
            ),
            "notes": "Issues Paper No. 9 (2023) asks whether an access offence is needed but records no decision.",
        },
        "10.f.viii": {
            "status": "partial",
            "provisions": ["Telecommunications Act 1999, s. 48"],
            "evidence": (
                "Interception is an offence only for employees of licensed operators (s. 48); interception by anyone "
                "else is not covered, and no decision on the narrower scope is recorded."
            ),
        },
        "10.f.ix": {
            "status": "partial",
            "provisions": [f"{PC_BO}, s. 362"],
            "evidence": (
                "Deleting or altering data is mischief after Castellan; nothing covers hindering a system without "
                "damage, so denial-of-service attacks fall outside the law."
            ),
        },
        "10.f.x": {
            "status": "none",
            "evidence": "No offence of producing, supplying or possessing hacking tools, passwords or access codes.",
        },
        "10.f.xi": {
            "status": "partial",
            "provisions": [f"{PC_BO}, s. 4", f"{PC_BO}, s. 318", f"{PC_BO}, s. 340"],
            "evidence": (
                "Forgery reaches electronic records through the 2008 definition of 'document'; cheating requires "
                "a deceived person, so manipulating an automated payment system is not fraud (Republic v. "
                "Penrose (2018))."
            ),
        },
        "10.f.xii": {
            "status": "partial",
            "provisions": ["Children Act 2001, s. 27", f"{PC_BO}, s. 210"],
            "evidence": (
                "s. 27 punishes making and distributing indecent photographs of a child under 16; s. 210 covers "
                "obscene publications; no offence of possessing, accessing or financing abuse material and no "
                "grooming offence."
            ),
            "notes": "The age limit is below 18 and grooming is not an offence; no decision on either is recorded.",
        },
        "10.f.xiii": {
            "status": "full",
            "provisions": ["Copyright Act 1997, s. 58"],
            "evidence": (
                "s. 58 makes commercial-scale infringement an offence 'in any form or by any means'; applied to an "
                "online streaming site in Republic v. Harrow (2022)."
            ),
        },
        "10.f.xiv": {
            "status": "partial",
            "provisions": [f"{PC_BO}, s. 232"],
            "evidence": (
                "s. 232 (abetting suicide) applies where the victim is a minor and to any means of communication, "
                "but only if a suicide is committed or attempted, so online incitement that leads to no attempt "
                "falls outside it."
            ),
            "notes": "No decision on a specific offence is recorded.",
        },
        "10.f.xv": {
            "status": "none",
            "evidence": "No designation of critical information infrastructure and no aggravated penalty.",
            "notes": (
                "Mischief needs damage, which disrupting a utility's control system may not cause; no sabotage "
                "offence covers information systems."
            ),
        },
        "10.g": {
            "status": "none",
            "evidence": (
                "Borealis stretches traditional offences (cheating, mischief) to computer misuse instead of "
                "enacting purpose-built ones; there are no computer-specific offences and no assessment of need."
            ),
        },
        "10.i": {
            "status": "full",
            "provisions": ["Telecommunications Act 1999, s. 40", f"{PC_BO}, s. 21"],
            "evidence": (
                "No offence is aimed at providers' activities; a provider could be liable for its users' offences "
                "only as an abettor, which needs its own intent (s. 21), and licensed carriers are protected for "
                "what they transmit (s. 40); corporate liability rests on the common-law identification rule, which "
                "needs an act of the company's directing mind."
            ),
            "notes": "There is no hosting exemption, which the item does not require. Cooperation is under 9.j.",
        },
        "10.j": {
            "status": "partial",
            "provisions": ["Evidence Ordinance 1955, s. 35A", f"{MLA_BO}, s. 17"],
            "evidence": (
                "s. 35A admits computer printouts with a certificate from the person responsible for the computer, "
                "and courts apply the best-evidence rule strictly; s. 17 does not provide for sending electronic "
                "evidence abroad."
            ),
        },
        "10.k": {
            "status": "partial",
            "provisions": [f"{MLA_BO}, s. 3(c)"],
            "evidence": (
                "UNTOC has never been used in a cybercrime case; practitioners have no guidance on using its arts 18 "
                "and 27, and no one has checked which offences come within its scope (mischief, the offence most "
                "used, carries two years, below the four-year threshold of art. 2(b))."
            ),
        },
        "10.l": {
            "status": "none",
            "evidence": (
                "No 24/7 point of contact designated; foreign requests reach the central authority by diplomatic "
                "post."
            ),
            "notes": "The Cyber Desk works office hours only.",
        },
        "10.m": {
            "status": "full",
            "provisions": ["Telecommunications Act 1999, s. 64"],
            "evidence": (
                "No criminal penalty attaches to a provider's failure to cooperate; licence conditions carry "
                "administrative sanctions only (s. 64)."
            ),
        },
        "10.n": {
            "status": "partial",
            "provisions": ["Constitution of Borealis, arts 19 and 22", f"{PC_BO}, s. 66"],
            "evidence": (
                "s. 66 (publishing false statements likely to cause alarm) has no intent or harm element and was "
                "used against online posts three times in 2024; warrants need not state why a search of data is "
                "necessary and proportionate."
            ),
            "notes": "Constitutional review is available, and art. 22 gives a remedy for unlawful searches.",
        },
        "10.o": {
            "status": "none",
            "evidence": "No cybercrime statistics are published; police crime returns have no cybercrime category.",
        },
        "10.p": {
            "status": "none",
            "evidence": (
                "No cybercrime or cybersecurity strategy adopted; the draft National ICT Policy (2024) mentions "
                "cybersecurity in one paragraph."
            ),
            "notes": "No decision on a strategy is recorded.",
        },
        "10.q": {
            "status": "partial",
            "provisions": ["Ministry of Education, Circular No. 4 of 2022"],
            "evidence": "An online safety module was piloted in 40 secondary schools in 2022-2024 with donor funding.",
            "notes": "No national programme yet, and no decision on one is recorded.",
        },
    },
}

ICTOA = "ICT Offences Act 2016"
ICMA = "International Cooperation in Criminal Matters Act 2011"

CALDERON: Example = {
    "file": "calderon.csv",
    "checklist": CHECKLIST,
    "name": "Calderon",
    "code": "XCA",
    "group": "Southern Region",
    "assessed_on": date(2026, 8, 21),
    "assessor": "Centre for Law and Technology, University of Calderon",
    "sources": [
        "Information and Communications Technology Offences Act 2016 (Act 9 of 2016), as amended in 2022",
        "Penal Code of Calderon 1981",
        "Criminal Procedure Act 1984, as amended",
        "Electronic Transactions and Evidence Act 2014",
        "International Cooperation in Criminal Matters Act 2011",
        "Director of Public Prosecutions, Circular No. 2 of 2023 on the Organized Crime Convention",
        "Hansard of the National Assembly, 2 to 11 March 2016 (urgency procedure)",
        "High Court of Calderon, judgments under the ICT Offences Act 2017-2025",
        "United Nations Treaty Collection, status of the UN Convention against Cybercrime (10 August 2026)",
    ],
    "answers": {
        "9.a": {
            "status": "full",
            "provisions": [f"{ICTOA}, s. 2"],
            "evidence": (
                "The offences of Part II are framed by conduct, in the functional terms defined in s. 2 (computer "
                "system, computer data), and name no device or network; the Electronic Transactions and Evidence "
                "Act 2014 uses the same definitions by cross-reference."
            ),
            "notes": (
                "The definitions are sound; the problems lie in the content offences of Part III (see 10.n) and in "
                "the conditions attached to the powers (see 10.b)."
            ),
        },
        "9.b": {
            "status": "partial",
            "provisions": [f"{ICMA}, s. 20(1)(c)"],
            "evidence": (
                "Calderon took part in the UN negotiations, but s. 20(1)(c) allows refusal of any request that "
                "'affects the sovereignty or public order' of Calderon, and the central authority relied on it in "
                "2024 to refuse two requests for stored data held by a Calderonian provider, giving no further "
                "reasons."
            ),
            "notes": "Sovereignty serves as a general ground for refusing requests about data, not as their basis.",
        },
        "9.c": {
            "status": "full",
            "provisions": [f"{ICMA}, s. 18", f"{ICTOA}, s. 41"],
            "evidence": (
                "The 2011 Act lets the central authority assist with investigation, evidence gathering, prosecution "
                "and adjudication; dual criminality is required only for coercive measures (s. 18), and s. 41 "
                "allows expedited preservation at a foreign State's request without it."
            ),
            "notes": "s. 41 also allows removal of content on a foreign request, which the item does not require.",
        },
        "9.d": {
            "status": "partial",
            "provisions": ["National Cyber Strategy 2021, chapter 5"],
            "evidence": (
                "The 2021 strategy, which covers cybersecurity and cybercrime together, funds prevention work and a "
                "victim helpline (chapter 5); but neither it nor the legislative record of the 2016 Act or of its "
                "2022 amendment, both passed under the urgency procedure, records any weighing of rights against "
                "security and public order."
            ),
            "notes": (
                "The prevention, victim and cybersecurity limbs are met; the balance limb is not. The safeguards "
                "attached to the Part IV powers are assessed under 10.b."
            ),
        },
        "9.e": {
            "status": "full",
            "provisions": [f"{ICMA}, s. 18(3)", f"{ICMA}, s. 21"],
            "evidence": (
                "s. 18(3) tests dual criminality by the underlying conduct, whatever the offence is called; s. 21 "
                "accepts urgent requests by secure electronic means and has requests executed in the form the "
                "requesting State asks."
            ),
        },
        "9.f": {
            "status": "none",
            "evidence": (
                "No assessment, of effectiveness or of rights, accompanied the 2016 Act or the 2022 amendment that "
                "extended interception; both passed under the urgency procedure."
            ),
        },
        "9.g": {
            "status": "full",
            "provisions": [f"{ICTOA}, s. 45"],
            "evidence": (
                "Jurisdiction over citizens and permanent residents for any offence under the Act committed abroad, "
                "with no double-criminality condition."
            ),
            "notes": (
                "Combined with the speech offences of Part III, s. 45 reaches posts that citizens make abroad (see "
                "10.n)."
            ),
        },
        "9.h": {
            "status": "not_applicable",
            "provisions": [f"{ICMA}, s. 5"],
            "evidence": (
                "No major service provider or data centre is established in Calderon; the central authority "
                "received 23 requests concerning electronic data in 2025."
            ),
            "notes": (
                "Calderon does not have the more advanced capacities or infrastructure the recommendation "
                "addresses. Assistance on the basis of reciprocity is possible (s. 5), a choice of legal bases the "
                "item leaves to the State."
            ),
        },
        "9.i": {
            "status": "none",
            "evidence": (
                "Hansard shows the bill published on 2 March 2016 and passed on 11 March under the urgency "
                "procedure, with no consultation paper or hearings."
            ),
        },
        "9.j": {
            "status": "partial",
            "evidence": (
                "Police deal with providers through compulsory requests backed by a criminal penalty (see 10.m), "
                "contacting their compliance staff case by case; there is no memorandum of understanding, no "
                "designated contact point and no standing forum."
            ),
            "notes": "The statutory preservation and production orders (ss. 35-37) are assessed under 10.b.",
        },
        "9.k": {
            "status": "partial",
            "evidence": "Prosecutors attended UNODC regional workshops in 2023-2025; no contribution to the programme.",
            "notes": "Calderon uses UNODC training without contributing to the programme.",
        },
        "9.l": {
            "status": "partial",
            "evidence": (
                "A police cybercrime unit of 12 officers is funded from the budget and trained yearly, but there is "
                "no recurring training for prosecutors, and the only public campaign (2022) urged people to report "
                "'fake news'."
            ),
        },
        "9.m": {
            "status": "partial",
            "evidence": (
                "Calderon takes part in the Southern Region police chiefs' cybercrime network but has never "
                "assessed how it performs."
            ),
            "notes": "Calderon's own 24/7 point of contact is assessed under 10.l.",
        },
        "9.s": {
            "status": "full",
            "provisions": ["Act 14 of 2025 approving ratification of the United Nations Convention against Cybercrime"],
            "evidence": "United Nations Treaty Collection: instrument of ratification deposited on 30 June 2026.",
        },
        "9.t": {
            "status": "none",
            "evidence": (
                "Council of Europe Treaty Office chart: not a signatory and no request for an invitation to accede; "
                "the explanatory memorandum to the 2016 Act names no model instrument, and no assistance provider "
                "has assessed the Act against one."
            ),
            "notes": "The pair 9.s and 9.t is met through 9.s.",
        },
        "9.u": {
            "status": "full",
            "provisions": [f"{ICMA}, s. 4"],
            "evidence": (
                "Party to UNTOC since 2005 with its central authority notified, to the Southern Region Scheme for "
                "Mutual Assistance in Criminal Matters and to four bilateral treaties, and bound by the UN "
                "Convention against Cybercrime (see 9.s); s. 4 makes each a legal basis for requests, cybercrime "
                "included."
            ),
        },
        "10.a": {
            "status": "full",
            "provisions": ["Penal Code of Calderon 1981, s. 12"],
            "evidence": (
                "s. 12 applies every offence whatever the means used; prosecution guidance of 2019 confirms online "
                "use."
            ),
        },
        "10.b": {
            "status": "partial",
            "provisions": [f"{ICTOA}, s. 2", f"{ICTOA}, Part IV", f"{ICTOA}, s. 33"],
            "evidence": (
                "Part IV provides the data-specific powers (preservation and production orders in ss. 35-37, search "
                "and seizure, real-time collection and interception), with their terms defined in s. 2; but every "
                "power is authorised by a police superintendent rather than a judge or other independent authority "
                "(s. 33), no grounds need be stated, and interception has no time limit."
            ),
        },
        "10.c": {
            "status": "full",
            "provisions": [f"{ICTOA}, Part II", "ICT Offences (Amendment) Act 2022"],
            "evidence": "A dedicated act holds the computer-specific offences; the 2022 amendment added new conduct.",
            "notes": "How well the offences are drawn is assessed under 10.e, 10.g and 10.n.",
        },
        "10.d": {
            "status": "full",
            "provisions": [f"{ICTOA}, s. 4", f"{ICTOA}, s. 5", f"{ICTOA}, s. 6", f"{ICTOA}, s. 7", f"{ICTOA}, s. 8"],
            "evidence": (
                "The five core offences are present, each intentional and without authorisation, with maximum "
                "penalties of three to ten years, measured against UN arts 7-11, the standard Calderon follows "
                "since it ratified the UN Convention (see 9.s)."
            ),
            "notes": (
                "The offences are broader than the standard, not narrower; their over-reach is recorded under 10.e."
            ),
        },
        "10.e": {
            "status": "none",
            "provisions": [f"{ICTOA}, s. 4(2)", f"{ICTOA}, s. 19"],
            "evidence": (
                "s. 4(2) treats use in breach of a website's terms of service as access 'without authorisation'; "
                "s. 19 makes sending more than ten unsolicited messages punishable by up to two years; data "
                "interference has no seriousness threshold."
            ),
            "notes": "The High Court upheld a conviction for sharing a streaming password (State v. Ferrand (2023)).",
        },
        "10.f.i": {
            "status": "full",
            "provisions": [f"{ICTOA}, s. 8", f"{ICTOA}, s. 11", "Anti-Money Laundering Act 2020, s. 3"],
            "evidence": (
                "s. 8 covers malware and crime software, s. 11 phishing and identity fraud; 'property' in the AML "
                "Act includes virtual assets."
            ),
        },
        "10.f.ii": {
            "status": "full",
            "provisions": [f"{ICTOA}, s. 17", f"{ICTOA}, s. 18"],
            "evidence": (
                "s. 17 (as amended in 2022) covers sharing intimate images without consent; s. 18 covers malicious "
                "publication of personal information, with a public-interest defence."
            ),
        },
        "10.f.iii": {
            "status": "full",
            "provisions": ["Prevention of Terrorism Act 2012, s. 5"],
            "evidence": (
                "s. 5 covers recruitment, training, financing and public provocation by any means, including "
                "computer systems."
            ),
        },
        "10.f.iv": {
            "status": "partial",
            "provisions": [f"{ICTOA}, s. 22", f"{ICTOA}, s. 23"],
            "evidence": (
                "s. 22 punishes distributing 'extremist material' online with no incitement or intent element, and "
                "s. 23 punishes 'insulting' content about public officials; both reach expression below the ICCPR "
                "art. 20(2) threshold, and no human-rights assessment was made."
            ),
            "notes": "Online hate is covered, but in terms that reach lawful speech.",
        },
        "10.f.v": {
            "status": "full",
            "provisions": [f"{ICTOA}, s. 8", f"{ICTOA}, s. 13"],
            "evidence": (
                "s. 13 applies complicity and attempt to every offence; s. 8 covers supplying crime tools and "
                "services."
            ),
        },
        "10.f.vi": {
            "status": "partial",
            "provisions": [f"{ICTOA}, s. 24(1)"],
            "evidence": (
                "s. 24(1) punishes publishing 'information that may be used' to commit an offence, with no purpose "
                "element; it was used against a security researcher in 2024."
            ),
        },
        "10.f.vii": {
            "status": "full",
            "provisions": [f"{ICTOA}, s. 4(1)"],
            "evidence": "Intentional access without authorisation to a computer system.",
        },
        "10.f.viii": {
            "status": "full",
            "provisions": [f"{ICTOA}, s. 5"],
            "evidence": "Intentional interception without authorisation of non-public transmissions of computer data.",
        },
        "10.f.ix": {
            "status": "full",
            "provisions": [f"{ICTOA}, s. 6", f"{ICTOA}, s. 7"],
            "evidence": "Data interference (s. 6) and system interference, denial of service included (s. 7).",
        },
        "10.f.x": {
            "status": "full",
            "provisions": [f"{ICTOA}, s. 8"],
            "evidence": (
                "s. 8(1) covers producing, supplying, procuring and possessing tools, passwords and access codes "
                "with intent that they be used for a Part II offence; s. 8(4) also exempts authorised testing."
            ),
        },
        "10.f.xi": {
            "status": "full",
            "provisions": [f"{ICTOA}, s. 9", f"{ICTOA}, s. 10"],
            "evidence": "Computer-related forgery (s. 9) and fraud by manipulation of data or systems (s. 10).",
        },
        "10.f.xii": {
            "status": "full",
            "provisions": [f"{ICTOA}, s. 14", f"{ICTOA}, s. 15"],
            "evidence": (
                "s. 14 covers producing, offering, distributing, procuring, accessing, possessing and financing "
                "abuse material, a child being anyone under 18; s. 15 covers online grooming."
            ),
        },
        "10.f.xiii": {
            "status": "full",
            "provisions": ["Copyright Act 2005, s. 71"],
            "evidence": (
                "s. 71 covers wilful commercial-scale infringement, including by making works available online."
            ),
        },
        "10.f.xiv": {
            "status": "partial",
            "provisions": ["Penal Code of Calderon 1981, s. 210"],
            "evidence": (
                "The offence of inciting suicide (s. 210), which covers minors, requires the offender's presence, so "
                "online encouragement falls outside it; no decision on a specific offence is recorded."
            ),
        },
        "10.f.xv": {
            "status": "full",
            "provisions": [f"{ICTOA}, s. 12", "Critical Information Infrastructure Regulations 2018"],
            "evidence": (
                "s. 12 doubles the penalties for core offences against infrastructure designated under the 2018 "
                "Regulations."
            ),
        },
        "10.g": {
            "status": "partial",
            "provisions": [f"{ICTOA}, Part II", f"{ICTOA}, Part III"],
            "evidence": (
                "The Part II offences are self-standing, but the explanatory memorandum gives no assessment of need, "
                "and Part III adds 'by means of a computer system' to traditional speech offences."
            ),
        },
        "10.i": {
            "status": "none",
            "provisions": [f"{ICTOA}, s. 26", f"{ICTOA}, s. 27", f"{ICTOA}, s. 28"],
            "evidence": (
                "s. 26 makes a service provider criminally liable for any Part III content it transmits, caches or "
                "hosts unless it is removed within 24 hours of a notice from anyone, with no knowledge or intent "
                "element; s. 27 makes failing to monitor content an offence; s. 28 makes the provider company "
                "liable for any offence committed through its service."
            ),
            "notes": (
                "Local managers of two providers were charged in 2024 (State v. Tern Networks Ltd). The restraint "
                "recommendation is not met: limit liability for users' conduct to the provider's own intent or "
                "knowledge and corporate liability to the bases of Budapest art. 12, for example by repealing "
                "ss. 26-28 and enacting conduit, caching and hosting exemptions."
            ),
        },
        "10.j": {
            "status": "full",
            "provisions": ["Electronic Transactions and Evidence Act 2014, ss. 15-19", f"{ICMA}, s. 27"],
            "evidence": (
                "Electronic evidence is admissible with authentication rules (ss. 15-19); s. 27 provides for "
                "sending it to foreign authorities."
            ),
        },
        "10.k": {
            "status": "full",
            "provisions": [f"{ICMA}, s. 4", "Director of Public Prosecutions, Circular No. 2 of 2023"],
            "evidence": (
                "The circular guides prosecutors on UNTOC arts 18 and 27 in ICT offence cases and lists the "
                "offences within its four-year threshold; two requests were executed under it in 2025."
            ),
        },
        "10.l": {
            "status": "full",
            "provisions": [f"{ICTOA}, s. 42"],
            "evidence": "24/7 point of contact designated and notified, with power to order expedited preservation.",
        },
        "10.m": {
            "status": "none",
            "provisions": [f"{ICTOA}, s. 38"],
            "evidence": (
                "A provider that fails to comply with any request of an authorised officer, removal of content "
                "included, commits an offence punishable by up to three years; no court order is needed, the "
                "request cannot be challenged, and no impact assessment was made."
            ),
        },
        "10.n": {
            "status": "partial",
            "provisions": [f"{ICTOA}, s. 21", f"{ICTOA}, s. 33", "Constitution of Calderon, art. 31"],
            "evidence": (
                "s. 21 ('false news likely to cause public alarm') has no intent or harm element, and ss. 22-23 "
                "reach expression that ICCPR art. 19(3) protects (see 10.f.iv); authorisations under s. 33 need "
                "not state why the measure is necessary or proportionate."
            ),
            "notes": (
                "Partial rather than none: the High Court read s. 21 down in Vance v. Attorney General (2024), and "
                "constitutional review and a remedy for unlawful interception are available (art. 31), but the text "
                "is unchanged."
            ),
        },
        "10.o": {
            "status": "partial",
            "evidence": (
                "Police publish yearly counts of arrests under the ICT Offences Act, with no analysis of trends."
            ),
        },
        "10.p": {
            "status": "full",
            "provisions": ["National Cyber Strategy 2021, chapter 5"],
            "evidence": (
                "The strategy funds a victim helpline, a reporting portal and information for potential victims, "
                "run by the National Cyber Agency; the first victimisation survey ran in 2023."
            ),
        },
        "10.q": {
            "status": "full",
            "provisions": ["Education Act 2009, s. 44"],
            "evidence": (
                "Digital citizenship has been part of the school curriculum since 2019, run and funded by the "
                "Ministry of Education."
            ),
        },
    },
}

BILL = "Cybercrime Bill 2026"
BILL_STAGE = "Cybercrime Bill 2026, second reading"
MEMO = "Explanatory memorandum to the Cybercrime Bill 2026"
CC_DE = "Criminal Code of Deltaria"
ILA = "International Legal Assistance Act 1995"
TA_DE = "Telecommunications Act 2003"

DELTARIA: Example = {
    "file": "deltaria.xlsx",
    "checklist": CHECKLIST,
    "name": "Deltaria",
    "code": "XDE",
    "group": "Northern Region",
    "assessed_on": date(2026, 11, 6),
    "assessor": "Parliamentary Research Service of Deltaria, Legal Affairs Section",
    "sources": [
        "Cybercrime Bill 2026 (Bill No. 27 of 2026), as read a second time on 21 October 2026",
        "Explanatory memorandum to the Cybercrime Bill 2026",
        "Green paper on cybercrime (February 2025) and the submissions received",
        "Criminal Code of Deltaria 1978, consolidated text of 2024",
        "Code of Criminal Procedure 1980",
        "International Legal Assistance Act 1995",
        "Telecommunications Act 2003",
        "Electronic Commerce Act 2005",
        "Protection of Children Act 2012",
        "Copyright Act 2000",
        "Terrorism Act 2009",
        "Council of Europe, invitation to accede to ETS 185 (February 2024)",
        "Draft National Cybercrime Strategy 2027-2031, consultation version of September 2026",
    ],
    "answers": {
        "9.a": {
            "status": "partial",
            "provisions": [f"{TA_DE}, s. 71", f"{BILL}, cl. 3"],
            "evidence": (
                "The general offences used online are framed by conduct, but the only interception offence is tied "
                "to telephone communications (s. 71), and no statute defines computer terms or records a decision "
                "on a common terminology."
            ),
            "notes": (
                "Clause 3 of the Bill defines the core terms in the language of Budapest art. 1 and clause 6 replaces "
                "s. 71; the explanatory memorandum explains the choice of terms."
            ),
        },
        "9.b": {
            "status": "partial",
            "evidence": (
                "The Ministry of Justice has taken part in the Cybercrime Convention Committee as an observer since "
                "2024; no refusal ground in the International Legal Assistance Act turns on the requesting State's "
                "legislative choices."
            ),
            "notes": "No policy document says how Deltaria sees sovereignty in cooperation on access to data.",
        },
        "9.c": {
            "status": "partial",
            "provisions": [f"{ILA}, s. 8"],
            "evidence": (
                "Dual criminality is required for every request; there is no power to preserve data for a foreign "
                "State."
            ),
            "notes": (
                "Clause 47 of the Bill would allow preservation without dual criminality; the 1995 Act itself is not "
                "amended."
            ),
        },
        "9.d": {
            "status": "partial",
            "provisions": [f"{MEMO}, chapter 5"],
            "evidence": (
                "Chapter 5 of the explanatory memorandum weighs privacy and expression against security, public "
                "order and the interests of third parties for each new power; but Deltaria has no adopted "
                "cybercrime policy, none linked to cybersecurity policy, and no prevention or victim-support "
                "measures for cybercrime."
            ),
            "notes": "The draft strategy would add prevention and victim support (see 10.p).",
        },
        "9.e": {
            "status": "partial",
            "provisions": [f"{ILA}, s. 5", f"{ILA}, s. 8(2)"],
            "evidence": (
                "s. 8(2) is satisfied when the conduct is punishable in Deltaria under any description, but s. 5 "
                "requires every request to arrive through diplomatic channels with a certified translation, and "
                "urgent requests cannot be sent by electronic means."
            ),
            "notes": "Clause 46 of the Bill would allow urgent requests by secure electronic means.",
        },
        "9.f": {
            "status": "full",
            "provisions": [f"{MEMO}, chapters 4 and 5"],
            "evidence": (
                "The explanatory memorandum assesses each new investigative power both for its expected "
                "effectiveness (chapter 4, with police case data for 2022-2025) and for its effect on constitutional "
                "rights (chapter 5), and the conditions it found necessary are written into clause 35."
            ),
            "notes": "No earlier bill extended investigative powers over data.",
        },
        "9.g": {
            "status": "partial",
            "provisions": [f"{CC_DE}, art. 6", f"{BILL}, cl. 40"],
            "evidence": (
                "art. 6 gives jurisdiction over nationals abroad only where the act is also punishable where it was "
                "committed; habitual residents are not covered."
            ),
            "notes": "Clause 40 of the Bill would cover nationals and habitual residents without double criminality.",
        },
        "9.h": {
            "status": "not_applicable",
            "provisions": [f"{ILA}, s. 3"],
            "evidence": (
                "No major service provider or data centre is established in Deltaria; the central authority "
                "received 11 requests concerning electronic data in 2025."
            ),
            "notes": (
                "Deltaria does not have the more advanced capacities or infrastructure the recommendation "
                "addresses. Assistance on the basis of reciprocity is possible where no treaty applies (s. 3)."
            ),
        },
        "9.i": {
            "status": "full",
            "evidence": (
                "Green paper on cybercrime (February 2025) with 43 written submissions from industry, civil "
                "society and the Council of Europe, before the Bill was drafted."
            ),
        },
        "9.j": {
            "status": "partial",
            "evidence": (
                "Requests go to providers through the National Police liaison desk, informally and case by case; "
                "there is no memorandum of understanding, no designated contact point at the providers and no "
                "standing forum."
            ),
            "notes": (
                "A draft memorandum with the Deltarian Telecommunications Association (June 2026) would set up "
                "contact points and a liaison forum. The orders in clauses 25 and 27 of the Bill are assessed under "
                "10.b."
            ),
        },
        "9.k": {
            "status": "none",
            "evidence": "No contribution to or use of the UNODC programme was found.",
        },
        "9.l": {
            "status": "partial",
            "evidence": (
                "A cybercrime unit of six officers exists; there is no training for prosecutors and no awareness "
                "campaign."
            ),
        },
        "9.m": {
            "status": "not_applicable",
            "evidence": (
                "Deltaria belongs to no cybercrime cooperation network; it attends the Cybercrime Convention "
                "Committee as an observer only."
            ),
            "notes": (
                "There is no framework or network of Deltaria's to review or strengthen; designating a 24/7 point "
                "of contact is assessed under 10.l."
            ),
        },
        "9.s": {
            "status": "none",
            "evidence": (
                "United Nations Treaty Collection: Deltaria has not signed the UN Convention against Cybercrime."
            ),
        },
        "9.t": {
            "status": "partial",
            "provisions": ["Invitation to accede to ETS 185, Committee of Ministers decision of February 2024"],
            "evidence": (
                "Invited to accede in February 2024; the explanatory memorandum presents the Bill as preparing "
                "accession."
            ),
            "notes": "Accession is expected once the Bill is in force.",
        },
        "9.u": {
            "status": "full",
            "provisions": [f"{ILA}, s. 2(b)"],
            "evidence": (
                "Party to UNTOC since 2006 with its central authority notified, to the Northern Region Convention "
                "on Mutual Assistance in Criminal Matters and to nine bilateral treaties; s. 2(b) makes each of "
                "them a legal basis for requests, cybercrime included."
            ),
        },
        "10.a": {
            "status": "full",
            "provisions": [f"{CC_DE}, art. 210", f"{CC_DE}, art. 224"],
            "evidence": (
                "Fraud, threats and extortion are applied to online conduct; Supreme Court, State v. Ilves (2019)."
            ),
        },
        "10.b": {
            "status": "partial",
            "provisions": ["Code of Criminal Procedure 1980, art. 102", f"{BILL}, cl. 25-35"],
            "evidence": (
                "Investigators rely on the general search warrant for objects (art. 102); there are no powers of "
                "expedited preservation, production, real-time collection of traffic data or interception of "
                "computer data, and providers answer requests voluntarily (see 9.j)."
            ),
            "notes": "Clauses 25-34 of the Bill enact the data-specific powers, with the safeguards clause 35.",
        },
        "10.c": {
            "status": "planned",
            "provisions": [f"{BILL}, Part 2", f"{BILL}, cl. 60"],
            "evidence": BILL_STAGE,
            "notes": (
                "Part 2 would hold the computer-specific offences; clause 60 requires a review three years after "
                "entry into force."
            ),
        },
        "10.d": {
            "status": "partial",
            "provisions": [
                f"{TA_DE}, s. 71",
                f"{BILL}, cl. 5",
                f"{BILL}, cl. 6",
                f"{BILL}, cl. 7",
                f"{BILL}, cl. 8",
                f"{BILL}, cl. 10",
            ],
            "evidence": (
                "Only interception is an offence today, and only of telephone communications (s. 71); illegal "
                "access, data and system interference and misuse of devices are not offences."
            ),
            "notes": "Clauses 5-8 and 10 of the Bill enact the five core offences, modelled on Budapest arts 2-6.",
        },
        "10.e": {
            "status": "full",
            "evidence": (
                "No cyber-specific offences exist today; the general damage offences carry value thresholds, and "
                "unsolicited messages are dealt with by administrative fines."
            ),
            "notes": (
                "The Bill keeps a serious-harm threshold for data interference (cl. 7(2)) and makes exceeding "
                "authorised use under terms of service an administrative offence (cl. 20). If Deltaria accedes to "
                "the Budapest Convention, clause 7(2) needs a reservation under art. 4(2) made on depositing its "
                "instrument of accession."
            ),
        },
        "10.f.i": {
            "status": "partial",
            "provisions": [f"{CC_DE}, art. 210", f"{BILL}, cl. 3", f"{BILL}, cl. 10", f"{BILL}, cl. 12"],
            "evidence": (
                "Phishing is reached only as fraud where a person is deceived (art. 210); distributing malware is "
                "not an offence, and virtual assets are not 'property' for money laundering. No decision on these "
                "gaps is recorded."
            ),
            "notes": (
                "Clauses 10 and 12 of the Bill would cover malware and phishing, and clause 3 connected devices; "
                "the Bill does not amend the money-laundering law."
            ),
        },
        "10.f.ii": {
            "status": "planned",
            "provisions": [f"{BILL}, cl. 16", f"{BILL}, cl. 17"],
            "evidence": BILL_STAGE,
            "notes": (
                "Clause 16 covers sharing intimate images without consent and clause 17 publishing personal "
                "information to expose a person to harm, with a public-interest defence."
            ),
        },
        "10.f.iii": {
            "status": "full",
            "provisions": ["Terrorism Act 2009, s. 4", "Terrorism Act 2009, s. 5", "Terrorism Act 2009, s. 7"],
            "evidence": (
                "Recruitment and training (s. 4), public provocation (s. 5) and financing (s. 7) are offences by any "
                "means, including online."
            ),
        },
        "10.f.iv": {
            "status": "full",
            "provisions": [f"{CC_DE}, art. 180"],
            "evidence": (
                "art. 180 punishes intentionally inciting violence or hatred against a group, including through "
                "computer systems, where the statement is likely to lead to violence or discrimination."
            ),
        },
        "10.f.v": {
            "status": "planned",
            "provisions": [f"{BILL}, cl. 10", f"{BILL}, cl. 14"],
            "evidence": BILL_STAGE,
            "notes": (
                "Clause 14 applies aiding and abetting to every Part 2 offence and clause 10 covers supplying "
                "services for committing them."
            ),
        },
        "10.f.vi": {
            "status": "planned",
            "provisions": [f"{BILL}, cl. 15"],
            "evidence": BILL_STAGE,
            "notes": "Clause 15 has a purpose element and a research exemption, as the guidance asks.",
        },
        "10.f.vii": {
            "status": "planned",
            "provisions": [f"{BILL}, cl. 5"],
            "evidence": BILL_STAGE,
        },
        "10.f.viii": {
            "status": "partial",
            "provisions": [f"{TA_DE}, s. 71"],
            "evidence": "Interception is an offence for telephone communications only.",
            "notes": "Clause 6 of the Bill would cover every non-public transmission of computer data.",
        },
        "10.f.ix": {
            "status": "planned",
            "provisions": [f"{BILL}, cl. 7", f"{BILL}, cl. 8"],
            "evidence": BILL_STAGE,
        },
        "10.f.x": {
            "status": "planned",
            "provisions": [f"{BILL}, cl. 10"],
            "evidence": BILL_STAGE,
            "notes": "Clause 10 requires intent that the device or code be used to commit a Part 2 offence.",
        },
        "10.f.xi": {
            "status": "partial",
            "provisions": [f"{CC_DE}, art. 210", f"{CC_DE}, art. 224"],
            "evidence": "Forgery covers electronic documents (art. 224); fraud (art. 210) requires a deceived person.",
            "notes": "Clause 12 of the Bill adds computer-related fraud.",
        },
        "10.f.xii": {
            "status": "partial",
            "provisions": ["Protection of Children Act 2012, s. 11", "Protection of Children Act 2012, s. 12"],
            "evidence": (
                "s. 11 covers producing, offering, distributing and possessing abuse material, a child being anyone "
                "under 18, and s. 12 online grooming; obtaining access to material without downloading it and "
                "financing its production are not covered, and no decision on them is recorded."
            ),
            "notes": "The Bill does not amend the 2012 Act.",
        },
        "10.f.xiii": {
            "status": "full",
            "provisions": ["Copyright Act 2000, s. 95"],
            "evidence": "s. 95 covers wilful commercial-scale infringement by any means.",
        },
        "10.f.xiv": {
            "status": "full",
            "provisions": [f"{CC_DE}, art. 164", f"{MEMO}, chapter 7"],
            "evidence": (
                "art. 164 punishes inducing or assisting suicide by any means where a suicide is attempted, more "
                "severely if the victim is a minor. Chapter 7 of the explanatory memorandum considered the offence "
                "of inciting minors to suicide proposed in the green paper consultation, whatever the outcome, and "
                "declined it: assessed against ICCPR arts 17 and 19, it would reach peer-support forums where young "
                "people discuss self-harm, and the draft strategy's prevention measures were preferred."
            ),
            "notes": "Met by a recorded, reasoned decision not to create a new offence.",
        },
        "10.f.xv": {
            "status": "planned",
            "provisions": [f"{BILL}, cl. 18"],
            "evidence": BILL_STAGE,
            "notes": "Clause 18 aggravates core offences against infrastructure designated by the Minister.",
        },
        "10.g": {
            "status": "planned",
            "provisions": [f"{BILL}, Part 2"],
            "evidence": BILL_STAGE,
            "notes": "The explanatory memorandum sets out the need for each offence.",
        },
        "10.i": {
            "status": "full",
            "provisions": ["Electronic Commerce Act 2005, ss. 12-14"],
            "evidence": (
                "No offence is aimed at providers' own activities; conduit, caching and hosting exemptions apply "
                "without knowledge, with no monitoring duty (ss. 12-14); the Criminal Code has no liability of legal "
                "persons."
            ),
            "notes": "Cooperation with providers is assessed under 9.j.",
        },
        "10.j": {
            "status": "partial",
            "provisions": ["Code of Criminal Procedure 1980, art. 211"],
            "evidence": (
                "Courts assess all evidence freely (art. 211), so electronic evidence is admitted, but there are no "
                "authentication rules and no basis for sending it abroad."
            ),
            "notes": "Clause 34 of the Bill adds authentication rules and clause 48 the transmission of data abroad.",
        },
        "10.k": {
            "status": "partial",
            "provisions": [f"{ILA}, s. 2(b)"],
            "evidence": (
                "UNTOC has been the basis of three outgoing requests in fraud cases involving organised groups "
                "(2023-2025), but practitioners have no guidance on using its arts 18 and 27, and no one has checked "
                "which offences come within its four-year threshold."
            ),
        },
        "10.l": {
            "status": "planned",
            "provisions": [f"{BILL}, cl. 45"],
            "evidence": BILL_STAGE,
            "notes": (
                "Clause 45 designates the National Police Cyber Unit as 24/7 point of contact with power to order "
                "preservation."
            ),
        },
        "10.m": {
            "status": "full",
            "evidence": "No criminal penalty attaches to a provider's failure to cooperate under current law.",
            "notes": (
                "Watch clause 31(4) of the Bill, which would make non-compliance with a production order a crime "
                "punishable by one year; the explanatory memorandum has no impact assessment for it."
            ),
        },
        "10.n": {
            "status": "partial",
            "provisions": ["Constitution of Deltaria, art. 17", "Code of Criminal Procedure 1980, art. 102"],
            "evidence": (
                "Court warrants for searches (art. 102) need not state why a search of data is necessary and "
                "proportionate, and there is no remedy for unlawful access to data."
            ),
            "notes": "Clause 35 of the Bill would add both.",
        },
        "10.o": {
            "status": "partial",
            "evidence": "Police statistics record computer-related fraud; no trend analysis is published.",
        },
        "10.p": {
            "status": "planned",
            "provisions": ["Draft National Cybercrime Strategy 2027-2031, chapter 4"],
            "evidence": "Draft National Cybercrime Strategy 2027-2031, consultation version of September 2026.",
            "notes": "Chapter 4 provides for a victimisation survey every two years and an online reporting portal.",
        },
        "10.q": {
            "status": "full",
            "provisions": ["Basic Education Act 2015, s. 9"],
            "evidence": (
                "Media literacy and online safety are compulsory in the school curriculum; the programme is run and "
                "funded by the National Education Board."
            ),
        },
    },
}


def _as_in_2026(item_id: str) -> dict[str, Any]:
    """An answer the 2024 desk review gave in the same terms as the 2026 assessment."""
    return DELTARIA["answers"][item_id]


NO_BILL = "Flagged for a cybercrime bill."

DELTARIA_2024: Example = {
    "file": "history/deltaria-2024.xlsx",
    "checklist": HISTORY_CHECKLIST,
    "name": "Deltaria",
    "code": "XDE",
    "group": "Northern Region",
    "assessed_on": date(2024, 6, 28),
    "assessor": "Ministry of Justice of Deltaria, desk review",
    "sources": [
        "Criminal Code of Deltaria 1978, consolidated text of 2022",
        "Code of Criminal Procedure 1980",
        "International Legal Assistance Act 1995",
        "Telecommunications Act 2003",
        "Electronic Commerce Act 2005",
        "Protection of Children Act 2012",
        "Copyright Act 2000",
        "Terrorism Act 2009",
        "Council of Europe, invitation to accede to ETS 185 (February 2024)",
    ],
    # Deltaria two years earlier, against the checklist of the day (1.0.0, in which 10.h was still scored):
    # no green paper, no bill and no draft strategy yet, and 9.d, 9.h, 9.l, 9.u, 10.f.iii, 10.f.xi, 10.j and
    # 10.n not yet assessed. Paired with deltaria.xlsx for `gapcheck progress`: what the bill has put in train
    # shows as "bill tabled", the items first looked at in 2026 as newly assessed, and the items whose meaning
    # changed in 1.1.0 are flagged for re-checking.
    "answers": {
        "9.a": {
            "status": "none",
            "provisions": [f"{TA_DE}, s. 71"],
            "evidence": (
                "No statute defines computer system, computer data or traffic data, and the only interception "
                "offence is tied to telephone communications (s. 71)."
            ),
            "notes": NO_BILL,
        },
        "9.b": {
            "status": "partial",
            "evidence": (
                "The Ministry of Justice has taken part in the Cybercrime Convention Committee as an observer since "
                "2024."
            ),
            "notes": "No stated position on access to data held abroad.",
        },
        "9.c": {
            "status": "partial",
            "provisions": [f"{ILA}, s. 8"],
            "evidence": (
                "Dual criminality is required for every request; there is no power to preserve data for a foreign "
                "State."
            ),
        },
        "9.e": {
            "status": "full",
            "provisions": [f"{ILA}, s. 8(2)"],
            "evidence": "s. 8(2) is satisfied when the conduct is punishable in Deltaria under any description.",
        },
        "9.f": {
            "status": "none",
            "provisions": ["Code of Criminal Procedure 1980, art. 102"],
            "evidence": (
                "No policy document or legislative record addresses the rights protections attached to "
                "investigative powers over data; the general search warrant (art. 102) has never been reviewed for "
                "electronic data."
            ),
        },
        "9.g": {
            "status": "partial",
            "provisions": [f"{CC_DE}, art. 6"],
            "evidence": (
                "art. 6 gives jurisdiction over nationals abroad only where the act is also punishable where it was "
                "committed; habitual residents are not covered."
            ),
        },
        "9.i": {
            "status": "not_applicable",
            "evidence": "No decision to legislate on cybercrime has been taken, and no drafting instructions exist.",
            "notes": "There is no drafting process to consult on yet. Reassess when drafting starts.",
        },
        "9.j": {
            "status": "partial",
            "evidence": (
                "Requests go to providers through the National Police liaison desk, informally and case by case, "
                "with no statutory production order and no memorandum of understanding."
            ),
        },
        "9.k": _as_in_2026("9.k"),
        "9.m": {
            "status": "none",
            "evidence": "Deltaria belongs to no cybercrime cooperation network and has no contact point in one.",
        },
        "9.s": {
            "status": "none",
            "evidence": "The UN Convention against Cybercrime is still being negotiated; there is no text to sign.",
        },
        "9.t": {
            "status": "partial",
            "provisions": ["Invitation to accede to ETS 185, Committee of Ministers decision of February 2024"],
            "evidence": "Invited to accede in February 2024; no accession bill has been prepared.",
        },
        "10.a": _as_in_2026("10.a"),
        "10.b": {
            "status": "partial",
            "provisions": ["Code of Criminal Procedure 1980, art. 102"],
            "evidence": (
                "Some offences of Budapest arts 2-11 exist in general and special laws (forgery of electronic "
                "documents, child abuse material, copyright), but the core offences are missing, and there are no "
                "data-specific powers: searches of devices rely on the general warrant for objects (art. 102)."
            ),
            "notes": NO_BILL,
        },
        "10.c": {
            "status": "none",
            "evidence": "No cyber-specific offences; computer misuse is left to the general offences.",
            "notes": NO_BILL,
        },
        "10.d": {
            "status": "partial",
            "provisions": [f"{TA_DE}, s. 71"],
            "evidence": (
                "Only interception is an offence, and only of telephone communications (s. 71); illegal access, "
                "data and system interference and misuse of devices are not offences."
            ),
            "notes": NO_BILL,
        },
        "10.e": {
            "status": "full",
            "evidence": (
                "No cyber-specific offences exist; the general damage offences carry value thresholds, and "
                "unsolicited messages are dealt with by administrative fines."
            ),
        },
        "10.f.i": {
            "status": "partial",
            "provisions": [f"{CC_DE}, art. 210"],
            "evidence": (
                "Phishing is reached only as fraud where a person is deceived (art. 210); distributing malware is "
                "not an offence, and virtual assets are not 'property' for money laundering."
            ),
        },
        "10.f.ii": {
            "status": "none",
            "evidence": "No offence covers sharing intimate images without consent or publishing personal information.",
            "notes": NO_BILL,
        },
        "10.f.iv": _as_in_2026("10.f.iv"),
        "10.f.v": {
            "status": "none",
            "evidence": (
                "There are no computer offences to aid, and nothing reaches those who supply tools or services for "
                "computer crime."
            ),
            "notes": NO_BILL,
        },
        "10.f.vi": {
            "status": "none",
            "evidence": "No offence reaches running a platform or publishing information for committing offences.",
            "notes": NO_BILL,
        },
        "10.f.vii": {
            "status": "none",
            "evidence": "No offence of unauthorised access to a computer system.",
            "notes": NO_BILL,
        },
        "10.f.viii": {
            "status": "partial",
            "provisions": [f"{TA_DE}, s. 71"],
            "evidence": "Interception is an offence for telephone communications only; damage to data is not covered.",
        },
        "10.f.ix": {
            "status": "none",
            "evidence": "Neither damaging data nor hindering a computer system is an offence.",
            "notes": NO_BILL,
        },
        "10.f.x": {
            "status": "none",
            "evidence": "No offence of producing, supplying or possessing hacking tools, passwords or access codes.",
            "notes": NO_BILL,
        },
        "10.f.xii": {
            "status": "full",
            "provisions": ["Protection of Children Act 2012, s. 11", "Protection of Children Act 2012, s. 12"],
            "evidence": (
                "Abuse material offences including possession, a child being anyone under 18 (s. 11); online "
                "grooming (s. 12)."
            ),
        },
        "10.f.xiii": _as_in_2026("10.f.xiii"),
        "10.f.xiv": {
            "status": "partial",
            "provisions": [
                "Protection of Children Act 2012, s. 11",
                "Protection of Children Act 2012, s. 12",
                f"{CC_DE}, art. 164",
            ],
            "evidence": (
                "The child sexual abuse offences are complete (see 10.f.xii); inciting a minor to suicide is "
                "punishable only where a suicide is attempted (art. 164)."
            ),
        },
        "10.f.xv": {
            "status": "none",
            "evidence": "No designation of critical information infrastructure and no aggravated penalty.",
            "notes": NO_BILL,
        },
        "10.g": {
            "status": "none",
            "evidence": "No computer-specific offences exist.",
            "notes": NO_BILL,
        },
        "10.h": {
            "status": "partial",
            "evidence": "Statements in the UN negotiating sessions (2023-2024) supported a core-offence focus.",
            "notes": "No formal negotiating mandate exists.",
        },
        "10.i": {
            "status": "full",
            "provisions": ["Electronic Commerce Act 2005, ss. 12-14"],
            "evidence": (
                "Conduit, caching and hosting exemptions with no monitoring duty; providers cooperate through a "
                "police liaison desk."
            ),
        },
        "10.k": {
            "status": "full",
            "provisions": [f"{ILA}, s. 2(b)"],
            "evidence": (
                "UNTOC has been the basis of two outgoing requests in fraud cases involving organised groups "
                "(2023-2024); fraud (art. 210) carries up to six years."
            ),
        },
        "10.l": {
            "status": "none",
            "evidence": "No 24/7 point of contact designated.",
            "notes": NO_BILL,
        },
        "10.m": {
            "status": "full",
            "evidence": "No criminal penalty attaches to a provider's failure to cooperate.",
        },
        "10.o": _as_in_2026("10.o"),
        "10.p": {
            "status": "none",
            "evidence": "No cybercrime strategy, and none in preparation.",
        },
        "10.q": _as_in_2026("10.q"),
    },
}

ESTMERE: Example = {
    "file": "estmere.json",
    "checklist": CHECKLIST,
    "name": "Estmere",
    "code": "XES",
    "group": "Island States",
    "assessed_on": date(2026, 11, 20),
    "assessor": "Island States Legal Assistance Facility, desk review team",
    "sources": [
        "Penal Code of Estmere (Cap. 10), revised edition 2012, with the Amendment Act 2014",
        "Evidence Act 1967",
        "Official Gazette of Estmere, index of Acts 2000-2026",
        "United Nations Treaty Collection status lists (18 November 2026)",
        "Council of Europe Treaty Office, chart of signatures and ratifications of ETS 185 (18 November 2026)",
    ],
    "answers": {
        "9.c": {
            "status": "unknown",
            "notes": (
                "No mutual legal assistance act appears in the gazette index; ask the Attorney General's Chambers "
                "whether one exists."
            ),
        },
        "9.i": {
            "status": "not_applicable",
            "evidence": (
                "No cybercrime bill or drafting instructions found in the gazette index or the legislative programme."
            ),
            "notes": (
                "Estmere has not decided to legislate on cybercrime, so there is no drafting process to consult on "
                "yet. Reassess when drafting starts."
            ),
        },
        "9.m": {
            "status": "not_applicable",
            "evidence": "Estmere belongs to no cybercrime cooperation network or framework.",
            "notes": "There is no existing network to strengthen; joining one is assessed under 10.l.",
        },
        "9.s": {
            "status": "none",
            "evidence": (
                "United Nations Treaty Collection: Estmere has not signed the UN Convention against Cybercrime."
            ),
            "notes": "Signature closes on 31 December 2026; after that Estmere can become bound only by accession.",
        },
        "9.t": {
            "status": "none",
            "evidence": "Council of Europe Treaty Office chart: no signature and no invitation to accede.",
        },
        "9.u": {
            "status": "partial",
            "provisions": ["Instrument of accession to the UN Convention against Transnational Organized Crime (2010)"],
            "evidence": "United Nations Treaty Collection: acceded in 2010; central authority notified.",
            "notes": (
                "Which other cooperation instruments Estmere uses, and whether any law lets them serve as legal "
                "bases, cannot be seen from documents (see 9.c); ask the central authority."
            ),
        },
        "10.a": {
            "status": "partial",
            "provisions": ["Penal Code (Cap. 10), s. 290", "Penal Code (Cap. 10), s. 301"],
            "evidence": "Police v. Saxby (2019) applied obtaining by false pretences (s. 290) to an online sale.",
            "notes": "Forgery (s. 301) is limited to paper 'writings', so online forgery falls outside it.",
        },
        "10.c": {
            "status": "none",
            "evidence": "No computer-specific offence appears in the gazette index of Acts 2000-2026.",
        },
        "10.d": {
            "status": "partial",
            "provisions": ["Penal Code (Cap. 10), s. 324"],
            "evidence": "The Amendment Act 2014 extended malicious damage (s. 324) to electronic data.",
            "notes": "No offence of illegal access, interception or misuse of devices was found.",
        },
        "10.f.vii": {
            "status": "none",
            "evidence": "No access offence in the Penal Code or in any Act listed in the gazette index.",
        },
        "10.f.ix": {
            "status": "partial",
            "provisions": ["Penal Code (Cap. 10), s. 324"],
            "evidence": (
                "Malicious damage covers electronic data since 2014; hindering a system without damage is not "
                "covered."
            ),
        },
        "10.f.xi": {
            "status": "partial",
            "provisions": ["Penal Code (Cap. 10), s. 290"],
            "evidence": (
                "False pretences applies to online deception of a person (see 10.a); no computer-related forgery."
            ),
        },
        "10.f.xii": {
            "status": "partial",
            "provisions": ["Penal Code (Cap. 10), s. 156"],
            "evidence": (
                "s. 156 punishes making and distributing indecent images of children; possession is not covered."
            ),
        },
        "10.j": {
            "status": "unknown",
            "provisions": ["Evidence Act 1967, s. 33"],
            "notes": (
                "s. 33 deals with 'computer output', but the revised edition may be out of date; request the current "
                "text."
            ),
        },
        "10.l": {
            "status": "none",
            "evidence": (
                "No designation of a 24/7 point of contact found in the gazette or in depositary notifications."
            ),
        },
    },
}


EXAMPLES: tuple[Example, ...] = (AURELIA, BOREALIS, CALDERON, DELTARIA, ESTMERE)
"""The five current assessments, in the order the README presents them."""

HISTORY: tuple[Example, ...] = (DELTARIA_2024,)
"""Earlier assessments, kept apart so that comparing the examples folder compares each jurisdiction once."""

PROJECTIONS: tuple[Example, ...] = (
    {"file": "projected/aurelia-budapest.xlsx", "source": AURELIA, "onto": "budapest-2001@1.0.0"},
)
"""Draft profiles for another checklist, projected from an example through the bundled crosswalk."""


def build_profile(example: Example) -> gapcheck.Profile:
    """Turn one example's plain data into the profile the public API writes."""
    return gapcheck.Profile(
        jurisdiction=gapcheck.Jurisdiction(example["name"], example["code"], example["group"]),
        checklist=example["checklist"],
        answers={item_id: _answer(item_id, answer) for item_id, answer in example["answers"].items()},
        assessed_on=example["assessed_on"],
        assessor=example["assessor"],
        sources=tuple(example["sources"]),
    )


def _answer(item_id: str, answer: dict[str, Any]) -> gapcheck.Answer:
    """One answer; an assessor may leave provisions, evidence or notes out, as in a real sheet."""
    return gapcheck.Answer(
        item=item_id,
        status=answer["status"],
        provisions=tuple(answer.get("provisions", ())),
        evidence=answer.get("evidence", ""),
        notes=answer.get("notes", ""),
    )


def build_projection(projection: Example) -> gapcheck.Profile:
    """The draft profile a projection gives: every answer marked as projected, to be confirmed item by item.

    The date is the source assessment's, set here rather than left to the projection, so that the file is the
    same whenever it is rebuilt.
    """
    source = projection["source"]
    projected = gapcheck.project(build_profile(source), projection["onto"])
    return dataclasses.replace(projected.profile, assessed_on=source["assessed_on"])


def write_examples(folder: Path) -> list[Path]:
    """Write every example into ``folder``, replacing files of the same name; return their paths."""
    written = []
    profiles = [(e["file"], build_profile(e)) for e in EXAMPLES + HISTORY]
    profiles += [(p["file"], build_projection(p)) for p in PROJECTIONS]
    for name, profile in profiles:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        gapcheck.write_profile(profile, path, overwrite=True)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Write the examples where ``--out`` says (by default next to this script) and list the files."""
    parser = argparse.ArgumentParser(description="Write the fictional example assessments.")
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parent, metavar="DIR",
        help="folder to write the examples to (default: the examples folder itself)",
    )
    args = parser.parse_args(argv)
    for path in write_examples(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

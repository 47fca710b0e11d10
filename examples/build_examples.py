"""Build the five fictional example assessments shipped in ``examples/``.

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

Every jurisdiction, law, case and institution named here is fictional. The
codes come from the range XAA-XZZ that ISO 3166-1 leaves to its users. Only
items a State can meet by its own action are answered: the groups 9 (n) and
10 (f) are answered through their sub-items, and the items addressed to UNODC
or to States jointly are context, never scored against a country.

The assessments are kept here as plain data and written with the public API,
so the files can be rebuilt whenever the profile formats change::

    python examples/build_examples.py            # rewrite examples/
    python examples/build_examples.py --out DIR  # write the five files to DIR
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

import gapcheck

CHECKLIST = "eg-cybercrime-2018@1.0.0"
"""The checklist version every example is assessed against."""

Example = dict[str, Any]

CCA = "Computer Crimes Act 2019"
MLA_AU = "Mutual Legal Assistance in Criminal Matters Act 2008"

AURELIA: Example = {
    "file": "aurelia.xlsx",
    "name": "Aurelia",
    "code": "XAU",
    "group": "Northern Region",
    "assessed_on": date(2026, 9, 18),
    "assessor": "Ministry of Justice of Aurelia, Criminal Law Policy Unit",
    "sources": [
        "Computer Crimes Act 2019 (Act No. 12 of 2019), consolidated text of 1 March 2025, Official Gazette",
        "Criminal Code of Aurelia, consolidated text of 2025",
        "Criminal Procedure Code of Aurelia, consolidated text of 2025",
        "Mutual Legal Assistance in Criminal Matters Act 2008, as amended in 2019",
        "Evidence Act 1998, as amended by Act No. 13 of 2019",
        "Copyright and Related Rights Act 2011",
        "Electronic Commerce Act 2004",
        "National Cybersecurity Strategy 2022-2027",
        "Council of Europe Treaty Office, chart of signatures and ratifications of ETS 185 (15 September 2026)",
        "United Nations Treaty Collection, status of the UN Convention against Cybercrime (15 September 2026)",
    ],
    "answers": {
        "9.a": {
            "status": "full",
            "provisions": [f"{CCA}, s. 2"],
            "evidence": (
                "Compared the definitions in s. 2 (computer system, computer data, traffic data, service "
                "provider, subscriber information) with Budapest art. 1; ss. 4-12 use the defined terms throughout."
            ),
            "notes": (
                "Definitions are functional and name no device or network. The Criminal Code's 'electronic "
                "document' (art. 214) now cross-refers to s. 2 of the Act."
            ),
        },
        "9.b": {
            "status": "full",
            "provisions": ["National Cybersecurity Strategy 2022-2027, measure 4.3"],
            "evidence": (
                "Ministry of Foreign Affairs position paper on cross-border access to electronic evidence (2023); "
                "delegation reports from the Cybercrime Convention Committee plenaries 2021-2025 and the UN "
                "negotiating sessions."
            ),
            "notes": (
                "Aurelia signed the Second Additional Protocol (CETS 224) in 2023. No refusal ground in the "
                "mutual legal assistance law turns on the requesting State's legislative choices."
            ),
        },
        "9.c": {
            "status": "full",
            "provisions": [f"{MLA_AU}, s. 12(2)", f"{MLA_AU}, s. 14A", f"{CCA}, s. 37"],
            "evidence": (
                "s. 12(2) requires dual criminality only for search, seizure and interception, judged by the "
                "conduct whatever the offence is called; s. 14A allows expedited preservation without it; s. 37 "
                "lets a court order removal of content on a foreign request."
            ),
            "notes": (
                "Central authority figures for 2025: 212 cybercrime requests received, none refused for lack of dual "
                "criminality."
            ),
        },
        "9.d": {
            "status": "full",
            "provisions": [
                f"{CCA}, s. 26",
                "Constitution of Aurelia, art. 22",
                "Victims of Crime Act 2017, s. 8",
                "National Cybersecurity Strategy 2022-2027, pillar 3",
            ],
            "evidence": (
                "s. 26 subjects every power in Part 3 to judicial authorisation, a proportionality test and a "
                "maximum duration; pillar 3 of the strategy funds prevention work and the victim helpline."
            ),
        },
        "9.e": {
            "status": "full",
            "provisions": [f"{MLA_AU}, s. 12(3)", "Extradition Act 2006, s. 5(2)"],
            "evidence": (
                "Both provisions test dual criminality by the conduct, not by the name or classification of the "
                "offence."
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
                "Explanatory memoranda to the Computer Crimes Act 2019 and to its 2024 amendment on real-time "
                "traffic data each contain a fundamental-rights assessment of the powers concerned."
            ),
            "notes": (
                "Para. 41 of the guidelines makes the assessment mandatory for any bill extending investigative "
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
            "provisions": [f"{MLA_AU}, s. 5", f"{MLA_AU}, s. 6"],
            "evidence": (
                "s. 5 allows assistance on the basis of reciprocity where no treaty applies, following the "
                "procedure in s. 6; the foreign affairs budget funds a regional cybercrime assistance programme "
                "for 2024-2026."
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
                f"{CCA}, s. 20",
                f"{CCA}, s. 21",
                f"{CCA}, s. 22",
                "Memorandum of Understanding between the National Police and the Aurelian Internet Providers "
                "Association (2020)",
            ],
            "evidence": (
                "Statutory preservation, partial disclosure and production orders (ss. 20-22); memorandum signed "
                "on 12 May 2020, with a joint liaison committee whose 2025 minutes were reviewed."
            ),
        },
        "9.k": {
            "status": "partial",
            "evidence": "Judicial Training Institute curriculum 2025 uses the UNODC electronic evidence modules.",
            "notes": (
                "No financial, expert or in-kind contribution to the UNODC programme was found: uses the tools "
                "without contributing."
            ),
        },
        "9.l": {
            "status": "full",
            "provisions": ["State Budget Act 2026, chapter 14, programme 1403"],
            "evidence": (
                "Budget line for the National Cybercrime Centre (38 posts); yearly training plans of the Police "
                "Academy and the Judicial Training Institute; the 2025 'Think before you click' campaign."
            ),
        },
        "9.m": {
            "status": "full",
            "evidence": (
                "Ministry of the Interior review of the 24/7 point of contact (2024) and its action plan; duty "
                "officers raised from two to five."
            ),
            "notes": (
                "The 2024 amendment on expedited preservation answered the findings of a Cybercrime Convention "
                "Committee assessment."
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
                "2017."
            ),
        },
        "9.u": {
            "status": "full",
            "provisions": [
                "Law No. 7 of 2004 ratifying the UN Convention against Transnational Organized Crime",
                f"{MLA_AU}, s. 3(2)",
            ],
            "evidence": (
                "Central authority notified under UNTOC art. 18(13); s. 3(2) names the Convention as a legal basis "
                "for requests; two cybercrime requests in 2025 relied on art. 18."
            ),
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
            "provisions": [f"{CCA}, ss. 4-14", f"{CCA}, ss. 20-26"],
            "evidence": (
                "Offences match Budapest arts 2-11; the Part 3 powers match arts 16-21 and each is subject to the "
                "safeguards of s. 26."
            ),
        },
        "10.c": {
            "status": "full",
            "provisions": [f"{CCA}, Part 2", f"{CCA}, s. 50"],
            "evidence": (
                "Part 2 covers the conduct of Budapest arts 2-9 (copyright is in a separate act); the review "
                "clause in s. 50 produced its first report to parliament in 2024."
            ),
        },
        "10.d": {
            "status": "full",
            "provisions": [f"{CCA}, s. 4", f"{CCA}, s. 5", f"{CCA}, s. 6", f"{CCA}, s. 7", f"{CCA}, s. 8"],
            "evidence": (
                "Elements compared with Budapest arts 2-6: intent and 'without right' in each, no extra "
                "conditions; maximum penalties of five years (ss. 4, 5 and 8) and seven years (ss. 6 and 7)."
            ),
        },
        "10.e": {
            "status": "full",
            "provisions": [f"{CCA}, s. 6(2)", f"{CCA}, s. 7(1)", "Administrative Offences Code, art. 112"],
            "evidence": (
                "Data interference requires serious harm (s. 6(2)) and system interference serious hindering "
                "(s. 7(1)); minor unauthorised use of a system is an administrative offence under art. 112."
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
            "provisions": ["Criminal Code, art. 201A"],
            "evidence": (
                "art. 201A (inserted 2021) punishes sharing intimate images without consent. No offence of "
                "malicious disclosure of personal information; the Data Protection Act 2018 gives only "
                "administrative fines."
            ),
            "notes": (
                "Doxing is not covered. The Ministry's 2026 work programme announces a study, but no draft exists, so "
                "not planned."
            ),
        },
        "10.f.iii": {
            "status": "full",
            "provisions": ["Criminal Code, art. 290", "Criminal Code, art. 290C", "Counter-Terrorism Act 2015, s. 11"],
            "evidence": (
                "art. 290C covers online recruitment and distribution of training material; s. 11 covers "
                "financing by any means, virtual assets included."
            ),
        },
        "10.f.iv": {
            "status": "full",
            "provisions": ["Criminal Code, art. 318", "Criminal Code, art. 318A"],
            "evidence": (
                "art. 318 (public incitement to violence or hatred) names dissemination through a computer system "
                "and has intent and incitement elements; art. 318A covers threats motivated by hatred."
            ),
            "notes": (
                "Aurelia ratified the First Additional Protocol (ETS 189) in 2019; arts 318 and 318A implement its "
                "arts 3-5."
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
            "notes": "Recommendation 7 of the 2024 review report proposes such an offence with a purpose element.",
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
            "provisions": [f"{CCA}, s. 5", f"{CCA}, s. 6", f"{CCA}, s. 7"],
            "evidence": (
                "s. 5 covers non-public transmissions of computer data, electromagnetic emissions included; "
                "ss. 6 and 7 cover damage to data and systems."
            ),
        },
        "10.f.ix": {
            "status": "full",
            "provisions": [f"{CCA}, s. 6", f"{CCA}, s. 7"],
            "evidence": "s. 6 covers data interference and s. 7 system interference.",
            "notes": "Prosecutor v. Renn (2022) applied s. 7 to a denial-of-service attack on a municipal website.",
        },
        "10.f.x": {
            "status": "full",
            "provisions": [f"{CCA}, s. 8"],
            "evidence": (
                "Covers devices, programs, passwords and access codes; s. 8(3) exempts authorised testing and "
                "protection of systems."
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
                "s. 11 covers producing, offering, distributing, procuring and possessing abuse material, a child "
                "being anyone under 18; s. 12 covers online grooming."
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
            "provisions": [f"{CCA}, s. 11", f"{CCA}, s. 12", "Criminal Code, art. 145(2)"],
            "evidence": (
                "art. 145(2) aggravates inciting or assisting suicide when the victim is a minor and applies to "
                "communication by any means; child sexual abuse offences as under 10.f.xii."
            ),
        },
        "10.f.xv": {
            "status": "partial",
            "provisions": ["Network and Information Security Act 2020, s. 9", f"{CCA}, s. 7(3)"],
            "evidence": (
                "The 2020 Act designates operators of essential services, but the CCA aggravates only attacks on "
                "State systems (s. 7(3)); attacks on designated private operators carry the ordinary penalty."
            ),
            "notes": "Partial: the aggravation covers government systems only. Extend s. 7(3) to designated operators.",
        },
        "10.g": {
            "status": "full",
            "provisions": [f"{CCA}, Part 2"],
            "evidence": (
                "The offences are self-standing; the explanatory memorandum explains, offence by offence, why a "
                "specific provision was needed."
            ),
        },
        "10.h": {
            "status": "full",
            "evidence": (
                "Negotiating mandate for the UN Convention (2021) confined Aurelia's harmonisation aims to the "
                "core offences; child protection and copyright were pursued through their specialised instruments."
            ),
        },
        "10.i": {
            "status": "full",
            "provisions": ["Electronic Commerce Act 2004, ss. 15-17", f"{CCA}, s. 14"],
            "evidence": (
                "Mere conduit, caching and hosting exemptions and no general monitoring duty (ss. 15-17); "
                "corporate liability in s. 14 follows Budapest art. 12; cooperation through the 2020 memorandum "
                "(see 9.j)."
            ),
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
            "provisions": [f"{MLA_AU}, s. 3(2)"],
            "evidence": (
                "UNTOC is a legal basis for requests; the core offences carry maxima of five to seven years; two "
                "requests in 2025 relied on art. 18 (see 9.u)."
            ),
        },
        "10.l": {
            "status": "full",
            "provisions": [f"{CCA}, s. 35"],
            "evidence": (
                "The National Cybercrime Centre is the notified 24/7 point of contact under Budapest art. 35; "
                "s. 35(2) empowers it to order expedited preservation; it uses a secure channel."
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
                f"{CCA}, s. 26",
                "Constitution of Aurelia, arts 22 and 25",
                "Criminal Procedure Code, art. 310",
            ],
            "evidence": (
                "Judicial authorisation with a necessity and proportionality test (s. 26); art. 310 gives a "
                "remedy for unlawful interception; no vaguely defined content offence found."
            ),
        },
        "10.o": {
            "status": "full",
            "evidence": (
                "Yearly Cybercrime Situation Report of the National Police, editions 2020-2025 reviewed; data "
                "supplied to international trend assessments on request."
            ),
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

BOREALIS: Example = {
    "file": "borealis.xlsx",
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
    ],
    "answers": {
        "9.a": {
            "status": "partial",
            "provisions": [f"{PC_BO}, s. 4"],
            "evidence": (
                "s. 4 defines 'document' to include an electronic record (2008 amendment); computer, computer "
                "system, data and traffic data are defined nowhere in the statute book."
            ),
            "notes": (
                "Courts define the terms case by case: Republic v. Marlowe (2016) and Republic v. Castellan (2019) "
                "took different views of whether data is 'property'."
            ),
        },
        "9.b": {
            "status": "partial",
            "evidence": (
                "Attorney General's Chambers attended two regional meetings on electronic evidence (2022, 2024)."
            ),
            "notes": "No stated position on access to data held abroad.",
        },
        "9.c": {
            "status": "partial",
            "provisions": [f"{MLA_BO}, s. 9(1)(b)"],
            "evidence": (
                "s. 9(1)(b) makes absence of dual criminality a mandatory ground of refusal for every request, "
                "tested against the elements of a Borealian offence; no power to preserve data or remove content "
                "at a foreign State's request."
            ),
            "notes": (
                "As hacking is not an offence in Borealis (see 10.f.vii), requests about illegal access must be "
                "refused."
            ),
        },
        "9.d": {
            "status": "partial",
            "provisions": ["Constitution of Borealis, art. 19", "Criminal Procedure Code (Cap. 75), s. 88"],
            "evidence": (
                "Constitutional right to privacy; search warrants need a magistrate (s. 88). There are no "
                "data-specific powers to attach safeguards to, and no prevention or victim-support measures for "
                "cybercrime."
            ),
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
                "Issues Paper No. 9 (2023) discusses privacy safeguards for future powers; no rights assessment "
                "accompanied the 2019 extension of search warrants to electronic devices."
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
            "status": "partial",
            "provisions": [f"{MLA_BO}, s. 4"],
            "evidence": (
                "Assistance is given only to 'prescribed countries' named by treaty or ministerial order; there is "
                "no general basis of reciprocity."
            ),
        },
        "9.i": {
            "status": "partial",
            "provisions": ["Law Reform Commission of Borealis, Issues Paper No. 9 (2023)"],
            "evidence": (
                "The issues paper went to the telecommunications operators and the Bar Association; civil society "
                "and international organisations were not consulted."
            ),
            "notes": "Consultation began early, before any bill, but reached only some of the groups concerned.",
        },
        "9.j": {
            "status": "partial",
            "evidence": (
                "Police obtain subscriber data from the two mobile operators by letter under their licence "
                "conditions; there is no statutory production order and no memorandum of understanding."
            ),
        },
        "9.k": {
            "status": "unknown",
            "notes": "Could not confirm whether judicial training uses UNODC material; ask the Judicial Studies Board.",
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
            "notes": "Participation in regional police cooperation arrangements could not be assessed from documents.",
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
                "Council of Europe Treaty Office chart: no signature and no request for an invitation to accede."
            ),
        },
        "9.u": {
            "status": "full",
            "provisions": [
                "Instrument of ratification of the UN Convention against Transnational Organized Crime (2004)",
                f"{MLA_BO}, s. 3(c)",
            ],
            "evidence": (
                "Party since 2004 with a notified central authority; s. 3(c) treats a multilateral convention as a "
                "treaty basis for requests, cybercrime cases included."
            ),
            "notes": "The law allows it, but no cybercrime request has yet relied on it (see 10.k).",
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
            "provisions": [f"{PC_BO}", "Criminal Procedure Code (Cap. 75), s. 88"],
            "evidence": (
                "Offences rest on general provisions; investigators use the general search warrant, extended to "
                "'electronic devices' in 2019; there are no preservation, production, traffic data or "
                "interception powers for data."
            ),
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
                "operators' staff (s. 48); no offence of illegal access or misuse of devices."
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
                "software; 'property' in the Proceeds of Crime Act does not mention virtual assets."
            ),
        },
        "10.f.ii": {
            "status": "none",
            "evidence": (
                "No offence of sharing intimate images without consent or of malicious disclosure of personal "
                "information; victims can only sue in defamation."
            ),
            "notes": (
                "The Cyber Desk's 2025 return records 37 complaints of intimate-image abuse, none of which could be "
                "prosecuted."
            ),
        },
        "10.f.iii": {
            "status": "full",
            "provisions": ["Anti-Terrorism Act 2005, s. 6", "Anti-Terrorism Act 2005, s. 9"],
            "evidence": (
                "Recruitment and training (s. 6) and financing (s. 9) are offences 'by any means, including "
                "electronic'."
            ),
        },
        "10.f.iv": {
            "status": "partial",
            "provisions": [f"{PC_BO}, s. 153"],
            "evidence": (
                "s. 153 punishes words 'spoken or written' that promote enmity between groups; no court has yet "
                "decided whether a social-media post counts as written words."
            ),
        },
        "10.f.v": {
            "status": "partial",
            "provisions": [f"{PC_BO}, s. 21"],
            "evidence": (
                "The general abetment rules apply to the general offences used online; nothing reaches a person "
                "who supplies tools or services without taking part in a particular offence."
            ),
        },
        "10.f.vi": {
            "status": "partial",
            "provisions": [f"{PC_BO}, s. 21"],
            "evidence": "Platform operators can be reached only as abettors of particular offences.",
        },
        "10.f.vii": {
            "status": "none",
            "evidence": (
                "No offence of unauthorised access: in Republic v. Aldous (2021) the High Court acquitted a "
                "defendant who entered a hospital database without authority because nothing was taken or damaged."
            ),
        },
        "10.f.viii": {
            "status": "partial",
            "provisions": ["Telecommunications Act 1999, s. 48", f"{PC_BO}, s. 362"],
            "evidence": (
                "Interception is an offence only for employees of licensed operators (s. 48); damage to data is "
                "mischief (s. 362). Interception by anyone else is not covered."
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
                "obscene publications; no possession or grooming offence."
            ),
            "notes": "The age limit is below 18 and online grooming is not an offence.",
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
            "provisions": ["Children Act 2001, s. 27", f"{PC_BO}, s. 232"],
            "evidence": (
                "s. 232 (abetting suicide) applies where the victim is a minor and to any means of communication; "
                "the child sexual abuse offences are incomplete (see 10.f.xii)."
            ),
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
            "evidence": "No computer-specific offences exist to assess.",
        },
        "10.h": {
            "status": "none",
            "evidence": "No negotiating mandate or policy statement on harmonisation of cybercrime law was found.",
        },
        "10.i": {
            "status": "partial",
            "provisions": ["Telecommunications Act 1999, s. 40"],
            "evidence": (
                "No offence targets providers for their users' conduct and s. 40 protects licensed carriers, but "
                "there is no hosting exemption and no cooperation arrangement with providers."
            ),
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
                "Party to UNTOC, but it has never been used in a cybercrime case; mischief carries a maximum of two "
                "years, below the four-year threshold of UNTOC art. 2(b)."
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
                "Searches need a magistrate's warrant but there is no necessity and proportionality test for data; "
                "s. 66 (publishing false statements likely to cause alarm) has no intent or harm element and was "
                "used against online posts three times in 2024."
            ),
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
        },
        "10.q": {
            "status": "partial",
            "provisions": ["Ministry of Education, Circular No. 4 of 2022"],
            "evidence": "An online safety module was piloted in 40 secondary schools in 2022-2024 with donor funding.",
            "notes": "No national programme yet.",
        },
    },
}

ICTOA = "ICT Offences Act 2016"
ICMA = "International Cooperation in Criminal Matters Act 2011"

CALDERON: Example = {
    "file": "calderon.csv",
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
        "Hansard of the National Assembly, 2 to 11 March 2016 (urgency procedure)",
        "High Court of Calderon, judgments under the ICT Offences Act 2017-2025",
        "United Nations Treaty Collection, status of the UN Convention against Cybercrime (10 August 2026)",
    ],
    "answers": {
        "9.a": {
            "status": "full",
            "provisions": [f"{ICTOA}, s. 2"],
            "evidence": (
                "Functional definitions of computer system, data, traffic data and service provider, used "
                "consistently in Part II."
            ),
            "notes": "The definitions are sound; the problems lie in the content offences of Part III (see 10.n).",
        },
        "9.b": {
            "status": "partial",
            "evidence": (
                "Calderon took part in the UN negotiations; no published position on access to data held abroad."
            ),
        },
        "9.c": {
            "status": "full",
            "provisions": [f"{ICMA}, s. 18", f"{ICTOA}, s. 41"],
            "evidence": (
                "Dual criminality is required only for coercive measures and is judged by the conduct (s. 18); "
                "s. 41 allows preservation and removal of content at a foreign State's request."
            ),
        },
        "9.d": {
            "status": "partial",
            "provisions": [
                f"{ICTOA}, s. 33",
                "Constitution of Calderon, art. 31",
                "National Cyber Strategy 2021, chapter 5",
            ],
            "evidence": (
                "Part IV powers are authorised by a police superintendent, not a judge (s. 33), and interception "
                "has no time limit; the 2021 strategy funds prevention work and a victim helpline."
            ),
            "notes": "The prevention and victim limb is met; the safeguard limb is not.",
        },
        "9.e": {
            "status": "full",
            "provisions": [f"{ICMA}, s. 18(3)"],
            "evidence": "s. 18(3) tests dual criminality by the underlying conduct, whatever the offence is called.",
        },
        "9.f": {
            "status": "none",
            "evidence": (
                "No rights assessment accompanied the 2016 Act or the 2022 amendment that extended interception; "
                "both passed under the urgency procedure."
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
            "status": "full",
            "provisions": [f"{ICMA}, s. 5"],
            "evidence": (
                "s. 5 allows assistance on the basis of reciprocity where no treaty applies, with a set procedure."
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
            "provisions": [f"{ICTOA}, ss. 35-37"],
            "evidence": (
                "Statutory preservation and production orders exist, but relations with providers rest on "
                "compulsion (see 10.i and 10.m); there is no memorandum of understanding or standing forum."
            ),
        },
        "9.k": {
            "status": "partial",
            "evidence": "Prosecutors attended UNODC regional workshops in 2023-2025; no contribution to the programme.",
        },
        "9.l": {
            "status": "partial",
            "evidence": (
                "Police cybercrime unit of 12 officers funded from the budget; no training for judges; the only "
                "public campaign (2022) urged people to report 'fake news'."
            ),
        },
        "9.m": {
            "status": "partial",
            "provisions": [f"{ICTOA}, s. 42"],
            "evidence": "A 24/7 point of contact is designated, but its performance has never been reviewed.",
        },
        "9.s": {
            "status": "full",
            "provisions": ["Act 14 of 2025 approving ratification of the United Nations Convention against Cybercrime"],
            "evidence": "United Nations Treaty Collection: instrument of ratification deposited on 30 June 2026.",
        },
        "9.t": {
            "status": "none",
            "evidence": (
                "Council of Europe Treaty Office chart: not a signatory and no request for an invitation to accede."
            ),
            "notes": "The pair 9.s and 9.t is met through 9.s.",
        },
        "9.u": {
            "status": "full",
            "provisions": [f"{ICMA}, s. 4"],
            "evidence": "Party to UNTOC since 2005; s. 4 names it as a legal basis for requests, cybercrime included.",
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
            "provisions": [f"{ICTOA}, Part II", f"{ICTOA}, Part IV"],
            "evidence": (
                "The offences of Budapest arts 2-11 and data-specific powers exist, but the powers need no judicial "
                "authorisation and no proportionality test."
            ),
        },
        "10.c": {
            "status": "full",
            "provisions": [f"{ICTOA}, Part II", "ICT Offences (Amendment) Act 2022"],
            "evidence": (
                "Part II covers the conduct of Budapest arts 2-9 and UN arts 7-16; the 2022 amendment added new "
                "conduct."
            ),
        },
        "10.d": {
            "status": "full",
            "provisions": [f"{ICTOA}, s. 4", f"{ICTOA}, s. 5", f"{ICTOA}, s. 6", f"{ICTOA}, s. 7", f"{ICTOA}, s. 8"],
            "evidence": "The five core offences are present, with maximum penalties of three to ten years.",
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
            "evidence": "s. 5 covers recruitment, training and financing by any means, including computer systems.",
        },
        "10.f.iv": {
            "status": "partial",
            "provisions": [f"{ICTOA}, s. 22", f"{ICTOA}, s. 23"],
            "evidence": (
                "s. 22 punishes distributing 'extremist material' online with no incitement element; s. 23 "
                "punishes 'insulting' content about public officials."
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
            "provisions": [f"{ICTOA}, s. 5", f"{ICTOA}, s. 6", f"{ICTOA}, s. 7"],
            "evidence": "Interception of non-public transmissions (s. 5) and damage to data and systems (ss. 6-7).",
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
                "Covers tools, passwords and access codes, with an exemption for authorised testing in s. 8(4)."
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
                "Abuse material offences cover possession and a child is anyone under 18 (s. 14); online grooming (s. "
                "15)."
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
            "provisions": [f"{ICTOA}, s. 14", f"{ICTOA}, s. 15", "Penal Code of Calderon 1981, s. 210"],
            "evidence": (
                "The child sexual abuse offences are complete (see 10.f.xii), but the offence of inciting suicide "
                "(s. 210) requires the offender's presence."
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
        "10.h": {
            "status": "none",
            "evidence": (
                "Calderon's statements in the UN negotiations (2022-2023) supported harmonising content offences, "
                "including dissemination of false information."
            ),
        },
        "10.i": {
            "status": "none",
            "provisions": [f"{ICTOA}, s. 26", f"{ICTOA}, s. 27"],
            "evidence": (
                "s. 26 makes a service provider criminally liable for any Part III content it hosts or transmits "
                "unless removed within 24 hours of a notice from anyone; s. 27 imposes a general duty to monitor."
            ),
            "notes": (
                "Local managers of two providers were charged in 2024 (State v. Tern Networks Ltd). The restraint "
                "recommendation is not met; repeal ss. 26-27 and enact conduit, caching and hosting exemptions."
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
            "provisions": [f"{ICMA}, s. 4"],
            "evidence": (
                "UNTOC is a legal basis; the core offences carry at least four years; two requests executed under it "
                "in 2025."
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
                "Interception and search are authorised by police superintendents without judicial control; "
                "s. 21 ('false news likely to cause public alarm') has no intent or harm element."
            ),
            "notes": (
                "Partial rather than none: the High Court read s. 21 down in Vance v. Attorney General (2024) and "
                "constitutional review is available, but the text is unchanged."
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
                "The strategy funds a victim helpline and reporting portal; the first victimisation survey ran in "
                "2023."
            ),
        },
        "10.q": {
            "status": "full",
            "provisions": ["Education Act 2009, s. 44"],
            "evidence": (
                "Digital citizenship has been part of the school curriculum since 2019, run by the Ministry of "
                "Education."
            ),
        },
    },
}

BILL = "Cybercrime Bill 2026"
BILL_STAGE = "Cybercrime Bill 2026, second reading"
CC_DE = "Criminal Code of Deltaria"

DELTARIA: Example = {
    "file": "deltaria.xlsx",
    "name": "Deltaria",
    "code": "XDE",
    "group": "Northern Region",
    "assessed_on": date(2026, 11, 6),
    "assessor": "Parliamentary Research Service of Deltaria, Legal Affairs Section",
    "sources": [
        "Cybercrime Bill 2026 (Bill No. 27 of 2026), as read a second time on 21 October 2026",
        "Explanatory memorandum to the Cybercrime Bill 2026",
        "Criminal Code of Deltaria 1978, consolidated text of 2024",
        "Code of Criminal Procedure 1980",
        "International Legal Assistance Act 1995",
        "Protection of Children Act 2012",
        "Copyright Act 2000",
        "Terrorism Act 2009",
        "Council of Europe, invitation to accede to ETS 185 (2024)",
        "Draft National Cybercrime Strategy 2027-2031, consultation version of September 2026",
    ],
    "answers": {
        "9.a": {
            "status": "planned",
            "provisions": [f"{BILL}, cl. 3"],
            "evidence": BILL_STAGE,
            "notes": (
                "Clause 3 defines the core terms in the language of Budapest art. 1; current law defines none of "
                "them."
            ),
        },
        "9.b": {
            "status": "partial",
            "evidence": (
                "Ministry of Justice took part in the Cybercrime Convention Committee as an observer from 2024."
            ),
            "notes": "No stated position on access to data held abroad.",
        },
        "9.c": {
            "status": "partial",
            "provisions": ["International Legal Assistance Act 1995, s. 8"],
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
            "provisions": ["Constitution of Deltaria, art. 17", "Code of Criminal Procedure 1980, art. 102"],
            "evidence": (
                "Searches need a court warrant (art. 102); no prevention or victim-support measures for cybercrime."
            ),
            "notes": (
                "Clause 35 of the Bill adds a general safeguards clause; the draft strategy adds victim support (see "
                "10.p)."
            ),
        },
        "9.e": {
            "status": "full",
            "provisions": ["International Legal Assistance Act 1995, s. 8(2)"],
            "evidence": "s. 8(2) is satisfied when the conduct is punishable in Deltaria under any description.",
        },
        "9.f": {
            "status": "full",
            "evidence": (
                "The explanatory memorandum to the Bill has a chapter assessing each new power against the "
                "Constitution."
            ),
        },
        "9.g": {
            "status": "planned",
            "provisions": [f"{BILL}, cl. 40"],
            "evidence": BILL_STAGE,
            "notes": (
                "Clause 40 covers nationals and habitual residents without double criminality; today only nationals, "
                "with it."
            ),
        },
        "9.h": {
            "status": "full",
            "provisions": ["International Legal Assistance Act 1995, s. 3"],
            "evidence": "Assistance may be given on the basis of reciprocity where no treaty applies.",
        },
        "9.i": {
            "status": "full",
            "evidence": (
                "Green paper on cybercrime (February 2025) with 43 written submissions from industry, civil "
                "society and the Council of Europe, before the Bill was drafted."
            ),
        },
        "9.j": {
            "status": "planned",
            "provisions": [f"{BILL}, cl. 25", f"{BILL}, cl. 27"],
            "evidence": BILL_STAGE,
            "notes": (
                "Preservation (cl. 25) and production orders (cl. 27) would replace today's informal requests; no "
                "memorandum yet."
            ),
        },
        "9.k": {
            "status": "none",
            "evidence": "No contribution to or use of the UNODC programme was found.",
        },
        "9.l": {
            "status": "partial",
            "evidence": (
                "A cybercrime unit of six officers exists; no training for prosecutors or judges and no awareness "
                "campaign."
            ),
        },
        "9.m": {
            "status": "none",
            "evidence": "Deltaria belongs to no cybercrime cooperation network yet; no review has been made.",
        },
        "9.s": {
            "status": "none",
            "evidence": (
                "United Nations Treaty Collection: Deltaria has not signed the UN Convention against Cybercrime."
            ),
        },
        "9.t": {
            "status": "partial",
            "provisions": ["Invitation to accede to ETS 185, Committee of Ministers decision of 2024"],
            "evidence": (
                "Invited to accede in 2024; the explanatory memorandum presents the Bill as preparing accession."
            ),
            "notes": "Accession is expected once the Bill is in force.",
        },
        "9.u": {
            "status": "full",
            "provisions": ["International Legal Assistance Act 1995, s. 2(b)"],
            "evidence": "Party to UNTOC since 2006; s. 2(b) makes it a legal basis for requests, cybercrime included.",
        },
        "10.a": {
            "status": "full",
            "provisions": [f"{CC_DE}, art. 210", f"{CC_DE}, art. 224"],
            "evidence": (
                "Fraud, threats and extortion are applied to online conduct; Supreme Court, State v. Ilves (2019)."
            ),
        },
        "10.b": {
            "status": "planned",
            "provisions": [f"{BILL}, cl. 5-18", f"{BILL}, cl. 25-35"],
            "evidence": BILL_STAGE,
            "notes": "The Bill enacts the offences and data-specific powers together, with the safeguards clause 35.",
        },
        "10.c": {
            "status": "planned",
            "provisions": [f"{BILL}, Part 2", f"{BILL}, cl. 60"],
            "evidence": BILL_STAGE,
            "notes": "Part 2 covers Budapest arts 2-8; clause 60 requires a review three years after entry into force.",
        },
        "10.d": {
            "status": "planned",
            "provisions": [f"{BILL}, cl. 5", f"{BILL}, cl. 6", f"{BILL}, cl. 7", f"{BILL}, cl. 8", f"{BILL}, cl. 10"],
            "evidence": BILL_STAGE,
        },
        "10.e": {
            "status": "full",
            "evidence": "No cyber-specific offences exist today; the general offences carry damage thresholds.",
            "notes": (
                "The Bill keeps a serious-harm threshold (cl. 7(2)) and makes minor misuse an administrative offence "
                "(cl. 20)."
            ),
        },
        "10.f.i": {
            "status": "planned",
            "provisions": [f"{BILL}, cl. 3", f"{BILL}, cl. 10", f"{BILL}, cl. 12"],
            "evidence": BILL_STAGE,
            "notes": "Virtual assets are not yet 'property' for money laundering; the Bill does not amend the AML law.",
        },
        "10.f.ii": {
            "status": "planned",
            "provisions": [f"{BILL}, cl. 16", f"{BILL}, cl. 17"],
            "evidence": BILL_STAGE,
        },
        "10.f.iii": {
            "status": "full",
            "provisions": ["Terrorism Act 2009, s. 4", "Terrorism Act 2009, s. 7"],
            "evidence": "Recruitment, training and financing are offences by any means, including online.",
        },
        "10.f.iv": {
            "status": "full",
            "provisions": [f"{CC_DE}, art. 180"],
            "evidence": (
                "art. 180 punishes public incitement to violence or hatred, including through computer systems, with "
                "intent."
            ),
        },
        "10.f.v": {
            "status": "planned",
            "provisions": [f"{BILL}, cl. 10", f"{BILL}, cl. 14"],
            "evidence": BILL_STAGE,
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
            "provisions": ["Telecommunications Act 2003, s. 71"],
            "evidence": "Interception is an offence for telephone communications only; damage to data is not covered.",
            "notes": "Clauses 6-8 of the Bill would complete the item.",
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
        },
        "10.f.xi": {
            "status": "partial",
            "provisions": [f"{CC_DE}, art. 210", f"{CC_DE}, art. 224"],
            "evidence": "Forgery covers electronic documents (art. 224); fraud (art. 210) requires a deceived person.",
            "notes": "Clause 12 of the Bill adds computer-related fraud.",
        },
        "10.f.xii": {
            "status": "full",
            "provisions": ["Protection of Children Act 2012, s. 11", "Protection of Children Act 2012, s. 12"],
            "evidence": (
                "Abuse material offences including possession, child under 18 (s. 11); online grooming (s. 12)."
            ),
        },
        "10.f.xiii": {
            "status": "full",
            "provisions": ["Copyright Act 2000, s. 95"],
            "evidence": "s. 95 covers wilful commercial-scale infringement by any means.",
        },
        "10.f.xiv": {
            "status": "partial",
            "provisions": ["Protection of Children Act 2012, s. 11", "Protection of Children Act 2012, s. 12"],
            "evidence": (
                "The child sexual abuse offences are complete (see 10.f.xii); no offence of inciting a minor to "
                "suicide."
            ),
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
        "10.h": {
            "status": "partial",
            "evidence": (
                "Observer statements to the Cybercrime Convention Committee (2024-2025) support a core-offence focus."
            ),
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
            "status": "full",
            "provisions": ["International Legal Assistance Act 1995, s. 2(b)"],
            "evidence": (
                "UNTOC has been the basis of three outgoing requests in fraud cases involving organised groups "
                "(2023-2025)."
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
                "Court warrants for searches, but no necessity and proportionality test and no remedy for unlawful "
                "access to data."
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
                "Media literacy and online safety are compulsory in the school curriculum; programme run by the "
                "National Education Board."
            ),
        },
    },
}

ESTMERE: Example = {
    "file": "estmere.json",
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
                "Whether the Convention is used in cybercrime cases cannot be seen from documents; ask the central "
                "authority."
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


def _before_the_bill(current: Example) -> Example:
    """Deltaria's first assessment, two years earlier: no bill yet, and the existing law not yet fully read.

    It pairs with ``deltaria.xlsx`` for ``gapcheck progress``: what the bill has
    since put in train shows as improved, and items first looked at in 2026 as
    newly assessed.
    """
    earlier: dict[str, dict[str, Any]] = {}
    for position, (item_id, answer) in enumerate(current["answers"].items()):
        if answer["status"] == "planned":
            earlier[item_id] = {"status": "none",
                                "evidence": "No bill had been drafted when this desk review was made.",
                                "notes": "Flagged for the planned cybercrime bill."}
        elif position % 4 == 3:
            continue  # not yet assessed in 2024
        else:
            earlier[item_id] = answer
    return {**current, "file": "history/deltaria-2024.xlsx", "assessed_on": date(2024, 6, 28),
            "assessor": "Ministry of Justice of Deltaria, desk review", "answers": earlier}


HISTORY: tuple[Example, ...] = (_before_the_bill(DELTARIA),)
"""Earlier assessments, kept apart so that comparing the examples folder compares each jurisdiction once."""
"""The five assessments, in the order the README presents them."""


def build_profile(example: Example) -> gapcheck.Profile:
    """Turn one example's plain data into the profile the public API writes."""
    return gapcheck.Profile(
        jurisdiction=gapcheck.Jurisdiction(example["name"], example["code"], example["group"]),
        checklist=CHECKLIST,
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


def write_examples(folder: Path) -> list[Path]:
    """Write every example into ``folder``, replacing files of the same name; return their paths."""
    written = []
    for example in EXAMPLES + HISTORY:
        path = folder / example["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        gapcheck.write_profile(build_profile(example), path)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Write the examples where ``--out`` says (by default next to this script) and list the files."""
    parser = argparse.ArgumentParser(description="Write the five fictional example assessments.")
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

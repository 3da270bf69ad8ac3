#!/usr/bin/env python3
"""Writes a synthetic record of the benchmark's size as COPY streams, one table at a time.

Usage: generate.py TABLE > rows.csv   (see load.sh, which pipes each table into psql's COPY)

The record: 10,000 officials with a position each, 100,000 meetings from 1990 to 2025 (a tenth
known only to the month, a fiftieth only to the year) with 2 to 4 participants and topics,
1,000,000 readouts (ten per meeting) with a characterisation each, and 200,000 agreements with
their first status. Ids start at 1,000,001 so the seeded record stays as it is. Text is drawn
from a small vocabulary that includes the words analysts search for (Taiwan, fentanyl, ...).
"""
import csv
import random
import sys
from datetime import date, timedelta

OFFICIALS = 10_000
MEETINGS = 100_000
READOUTS_PER_MEETING = 10
AGREEMENTS_PER_MEETING = 2
FIRST_ID = 1_000_001

WORDS = ("talks relations cooperation dialogue channels communication stability trade economy security "
         "climate fentanyl taiwan strait sanctions export controls semiconductors ukraine russia military "
         "exchanges students journalists flights visit president minister secretary candid constructive "
         "productive frank substantive concerns interests differences responsibly manage competition conflict "
         "agreed discussed raised stressed urged welcomed noted reaffirmed underlined").split()
LEVELS = ["LEADERS", "MINISTERS", "SENIOR_OFFICIALS", "WORKING_LEVEL"]
FORMATS = ["IN_PERSON", "PHONE_CALL", "VIDEO_CALL"]
STATUSES = ["HELD"] * 17 + ["PLANNED", "POSTPONED", "CANCELLED"]
AGREEMENT_STATUSES = ["AGREED", "IN_PROGRESS", "IMPLEMENTED", "STALLED", "DECLINED"]
CITIES = [("Beijing", "CN"), ("Washington", "US"), ("Shanghai", "CN"), ("New York", "US"), ("Geneva", "CH"),
          ("Jakarta", "ID"), ("Vienna", "AT"), ("Tokyo", "JP")]
START = date(1990, 1, 1)
DAYS = (date(2025, 12, 31) - START).days

rng = random.Random(20230619)
out = csv.writer(sys.stdout, lineterminator="\n")


def text(words):
    return " ".join(rng.choice(WORDS) for _ in range(words))


def meeting_date(n):
    day = START + timedelta(days=rng.randrange(DAYS))
    if n % 50 == 0:
        return day.replace(month=1, day=1), "YEAR"
    if n % 10 == 0:
        return day.replace(day=1), "MONTH"
    return day, "DAY"


def official():
    for i in range(OFFICIALS):
        side = "US" if i % 2 == 0 else "CN"
        out.writerow([FIRST_ID + i, f"Official {i} {rng.choice(WORDS).title()}",
                      f"官员{i}" if side == "CN" else None, side, 0])


def official_position():
    for i in range(OFFICIALS):
        start = START + timedelta(days=rng.randrange(DAYS))
        out.writerow([FIRST_ID + i, FIRST_ID + i, f"{rng.choice(['Minister', 'Secretary', 'Envoy'])} of {rng.choice(WORDS).title()}",
                      None, start, "DAY", None, None])


def meeting():
    for i in range(MEETINGS):
        day, precision = meeting_date(i)
        city, country = rng.choice(CITIES)
        timed = precision == "DAY" and i % 3 == 0
        out.writerow([FIRST_ID + i, f"Contact {i}: {text(4)}", day, precision,
                      "10:30" if timed else None, "Asia/Shanghai" if timed else None, None, None, city, country, None,
                      rng.choice(FORMATS), None, rng.choice(STATUSES), rng.choice(LEVELS), text(30), None, 0,
                      None, None, rng.randint(1, 6)])


def participant():
    row = FIRST_ID
    for i in range(MEETINGS):
        chosen = rng.sample(range(OFFICIALS), rng.randint(2, 4))
        for k, official_index in enumerate(chosen):
            side = "US" if official_index % 2 == 0 else "CN"
            out.writerow([row, FIRST_ID + i, FIRST_ID + official_index, side, "LEAD" if k < 2 else "DELEGATION_MEMBER"])
            row += 1


def meeting_topic():
    for i in range(MEETINGS):
        for topic in rng.sample(range(1, 14), rng.randint(0, 3)):
            out.writerow([FIRST_ID + i, topic])


def readout():
    for i in range(MEETINGS):
        for k in range(READOUTS_PER_MEETING):
            out.writerow([FIRST_ID + i * READOUTS_PER_MEETING + k, FIRST_ID + i, "US" if k % 2 == 0 else "CN",
                          "Ministry of Foreign Affairs", None, f"Readout {k} of contact {i}", text(40), 0, None, None])


def readout_characterisation():
    for n in range(MEETINGS * READOUTS_PER_MEETING):
        out.writerow([FIRST_ID + n, 0, f"{rng.choice(WORDS)} and {rng.choice(WORDS)}"])


def readout_topic():
    for n in range(MEETINGS * READOUTS_PER_MEETING):
        out.writerow([FIRST_ID + n, rng.randint(1, 13)])


def agreement_status(n):
    """An agreement's status, equal to the latest (here the only) entry of its history."""
    return AGREEMENT_STATUSES[n % len(AGREEMENT_STATUSES)]


def agreement():
    for i in range(MEETINGS):
        for k in range(AGREEMENTS_PER_MEETING):
            n = i * AGREEMENTS_PER_MEETING + k
            out.writerow([FIRST_ID + n, FIRST_ID + i, f"Commitment to {text(8)}", agreement_status(n), 0])


def agreement_status_change():
    for n in range(MEETINGS * AGREEMENTS_PER_MEETING):
        out.writerow([FIRST_ID + n, FIRST_ID + n, agreement_status(n), "2020-01-01", None, None])


if __name__ == "__main__":
    globals()[sys.argv[1]]()

"""Dates: spans, ISO values, the guide's weekday rule and relative expressions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vnentities
from conftest import entities
from vnentities import dates


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("March 30, 2023 8:09 AM GMT+7", "March 30, 2023 8:09 AM GMT+7", "2023-03-30T08:09+07:00"),
        ("May 25, 2023 | 06:46 pm PT", "May 25, 2023 | 06:46 pm PT", "2023-05-25T18:46-07:00"),
        ("January 5, 2024 | 06:46 pm PT", "January 5, 2024 | 06:46 pm PT", "2024-01-05T18:46-08:00"),
        ("Tokyo, March 3, 2024 10:00 JST.", "March 3, 2024 10:00 JST", "2024-03-03T10:00+09:00"),
        ("IANS | 03 March,2018 02:39 PM IST", "03 March,2018 02:39 PM IST", "2018-03-03T14:39+05:30"),
        ("At 9:00 ET on May 5, 2024, they met.", "9:00 ET on May 5, 2024", "2024-05-05T09:00-04:00"),
        ("PT Pertamina signed on May 5, 2024.", "May 5, 2024", "2024-05-05"),
        ("the first General Election (January 6, 1946–2026)", "January 6, 1946–2026", "1946-01-06/2026"),
        ("It began on 6 January 1946 - 2026 marks it.", "6 January 1946 - 2026", "1946-01-06/2026"),
        ("Lao National Day (December 2,1975-2019)", "December 2,1975-2019", "1975-12-02/2019"),  # space lost
        ("It was signed on May 5,2023.", "May 5,2023", "2023-05-05"),
        ("April 15, 2023 - 19:31", "April 15, 2023 - 19:31", "2023-04-15T19:31"),
        ("It was signed on 30 March 2023.", "30 March 2023", "2023-03-30"),
        ("The summit on May 26-27 ended.", "May 26-27", "2023-05-26/2023-05-27"),
        ("It was held from April 22 to 26 there.", "April 22 to 26", "2023-04-22/2023-04-26"),
        ("It ran from 3 to 5 June 2024.", "3 to 5 June 2024", "2024-06-03/2024-06-05"),
        ("Open on December 9 from 2pm to 6pm.", "December 9 from 2pm to 6pm",
         "2023-12-09T14:00/2023-12-09T18:00"),
        ("Polls open on 12 May 2024 from 7:00 to 19:00.", "12 May 2024 from 7:00 to 19:00",
         "2024-05-12T07:00/2024-05-12T19:00"),
        ("It opens March 3 from 8.30 a.m. until 5 p.m. daily.", "March 3 from 8.30 a.m. until 5 p.m.",
         "2023-03-03T08:30/2023-03-03T17:00"),
        # The hours before the day, ``from`` outside; an hour with no minutes before ``on`` a day.
        ("Lit from 7:30pm to 11:00pm on September 2.", "7:30pm to 11:00pm on September 2",
         "2023-09-02T19:30/2023-09-02T23:00"),
        ("It ran 8am - 11am on June 5, 2022.", "8am - 11am on June 5, 2022",
         "2022-06-05T08:00/2022-06-05T11:00"),
        ("It starts at 9pm on September 2.", "9pm on September 2", "2023-09-02T21:00"),
        ("It ends at 5 p.m. on Friday, May 5.", "5 p.m. on Friday, May 5", "2023-05-05T17:00"),
        # A time on a weekday: the weekday's day, read as the weekday alone would be.
        ("It landed at 2:15 p.m. on Friday.", "2:15 p.m. on Friday", "2023-04-14T14:15"),
        ("It struck at 9:05 a.m. Saturday.", "9:05 a.m. Saturday", "2023-04-15T09:05"),
        ("It is scheduled to land at 1:50 p.m. on Tuesday.", "1:50 p.m. on Tuesday", "2023-04-18T13:50"),
        ("On March 5 to 2,000 guests came.", "March 5", "2023-03-05"),
        ("The 2020 - 2025 plan", "2020 - 2025", "2020/2025"),
        ("In early 2019 they met.", "2019", "2019"),
        ("In March 2024 they met.", "March 2024", "2024-03"),
        ("Trade grew in May.", "May", "2023-05"),
        ("Trade grew this year.", "this year", "2023"),
        ("Trade fell last month.", "last month", "2023-03"),
        ("They met yesterday.", "yesterday", "2023-04-14"),
        ("Previously, last night, he arrived.", "last night", "2023-04-14"),
        ("They convened a day earlier in Hanoi.", "a day earlier", "2023-04-14"),
        ("May, 24/2019 - 08:02", "May, 24/2019 - 08:02", "2019-05-24T08:02"),
        ("Sept, 3/2018 signed", "Sept, 3/2018", "2018-09-03"),
        ("Police meet\n\nJuly, 04 2025\nMPS - A delegation", "July, 04 2025", "2025-07-04"),
        ("They met in October this year.", "October this year", "2023-10"),
        ("They meet in March next year.", "March next year", "2024-03"),
        ("It began in May last year.", "May last year", "2022-05"),
        ("Next May talks follow.", "Next May", "2023-05"),
        ("He lived there from 1924 to 1927.", "1924 to 1927", "1924/1927"),
        ("Ngoc Mai 22:19, 2024/04/02", "22:19, 2024/04/02", "2024-04-02T22:19"),
        ("Posted 2024-04-02 in Hanoi.", "2024-04-02", "2024-04-02"),
        ("Wednesday, 2022-06-22 08:00:27\nFont Size", "Wednesday, 2022-06-22 08:00:27", "2022-06-22T08:00:27"),
        ("Monday, 2023-04-10 14:05 NDO", "Monday, 2023-04-10 14:05", "2023-04-10T14:05"),
        ("Sunday- 08:48, 14/12/2025\n\nViet Nam", "Sunday- 08:48, 14/12/2025", "2025-12-14T08:48"),
        ("Friday, 09:15, 2024/04/05 Hanoi", "Friday, 09:15, 2024/04/05", "2024-04-05T09:15"),
        ("THURSDAY 7 MARCH 2019\n\nHANOI", "THURSDAY 7 MARCH 2019", "2019-03-07"),
        ("TALKS OPEN ON MONDAY", "MONDAY", "2023-04-10"),
        ("It docked on Monday, April 10, for a visit.", "Monday, April 10", "2023-04-10"),
        ("They sail on Tuesday 18 April.", "Tuesday 18 April", "2023-04-18"),
        ("Tue 02nd November 2021 | 05:15 PM\n\nLONDON", "Tue 02nd November 2021 | 05:15 PM",
         "2021-11-02T17:15"),
        ("They met on Thurs. 20 April.", "Thurs. 20 April", "2023-04-20"),
        ("SIGNED ON 2 SEPTEMBER", "2 SEPTEMBER", "2023-09-02"),
        ("It ran from May 30 to June 1 in Singapore.", "May 30 to June 1", "2023-05-30/2023-06-01"),
        ("It takes effect at 23:00 on December 31.", "23:00 on December 31", "2023-12-31T23:00"),
        ("It was signed in 2015.They met again.", "2015", "2015"),  # a sentence glued to a year
        ("They met on June 2.-VNA", "June 2", "2023-06-02"),  # a credit glued to the period
        ("It ends at 10:30 am on 5 May 2024.", "10:30 am on 5 May 2024", "2024-05-05T10:30"),
        ("Posted Mar 28th at 16:20 by VNA", "Mar 28th at 16:20", "2023-03-28T16:20"),  # the day, then its time
        ("He visited on April 9 last year.", "April 9 last year", "2022-04-09"),  # a year offset
        ("It runs May 26-27 next year.", "May 26-27 next year", "2024-05-26/2024-05-27"),
        ("He arrived on March, 3rd, and left.", "March, 3rd", "2023-03-03"),  # a comma before an ordinal day
        ("It ends on 5 May 2024 at 10:30 am.", "5 May 2024 at 10:30 am", "2024-05-05T10:30"),
        ("He left on May 3 at the airport.", "May 3", "2023-05-03"),
        ("It ran from 30 May - 1 June 2024.", "30 May - 1 June 2024", "2024-05-30/2024-06-01"),
        ("Jan 10, 2020 / 16:18", "Jan 10, 2020 / 16:18", "2020-01-10T16:18"),
        ("He served in 2020–24 as minister.", "2020–24", "2020/2024"),
        ("The ties (June 24, 1967 – June 24, 2022) grew.", "June 24, 1967 – June 24, 2022",
         "1967-06-24/2022-06-24"),
        ("He visited France between September 14 and 18.", "September 14 and 18", "2023-09-14/2023-09-18"),
        ("He visited France between September 14 and 18th.", "September 14 and 18th", "2023-09-14/2023-09-18"),
        ("It ran between May 30 and June 2, 2025.", "May 30 and June 2, 2025", "2025-05-30/2025-06-02"),
        ("Trade grew between 2020 and 2025.", "2020 and 2025", "2020/2025"),
        ("It is due by the third quarter of 2022.", "third quarter of 2022", "2022-07/2022-09"),
        ("First quarter of next year, they start.", "First quarter of next year", "2024-01/2024-03"),
        ("Nguyen Van Nen this morning received him.", "this morning", "2023-04-15"),
        ("They met in Hanoi on October 15.(Photo: VNS)", "October 15", "2023-10-15"),  # a caption glued on
        ("Ties grew in the 1990s.", "1990s", "1990/1999"),
    ],
)
def test_date_values(nlp_blank, text, span, value):
    """Each date expression is one DATE span with the guide's ISO value."""
    doc = vnentities.extract(text, "2023-04-15", nlp=nlp_blank)
    assert entities(doc, "DATE") == [("DATE", span, value)]


def test_and_joins_two_dates_only_after_between(nlp_blank):
    """``September 14 and 18`` without ``between`` is no range: a day and a number; two months after
    ``between`` are one interval, two without it two months."""
    doc = vnentities.extract("They met on September 14 and 18 delegates came. Exports rose between April and "
                             "June 2022 and fell in July and August.", "2023-04-15", nlp=nlp_blank)
    assert entities(doc, "DATE") == [
        ("DATE", "September 14", "2023-09-14"), ("DATE", "April and June 2022", "2022-04/2022-06"),
        ("DATE", "July", "2023-07"), ("DATE", "August", "2023-08"),
    ]


def test_two_months_of_years_after_between_are_one_interval(nlp_blank):
    """``Between March 2013 and December 2014`` is one interval; without ``between``, two months."""
    doc = vnentities.extract("Between March 2013 and December 2014, talks went on; in March 2013 and May 2015 "
                             "they met.", "2025-05-29", nlp=nlp_blank)
    assert entities(doc, "DATE") == [
        ("DATE", "March 2013 and December 2014", "2013-03/2014-12"),
        ("DATE", "March 2013", "2013-03"), ("DATE", "May 2015", "2015-05"),
    ]


def test_weekday_is_closest_on_or_before_doc_date(nlp_blank):
    """A weekday goes back to the closest such day, the doc date itself included."""
    doc = vnentities.extract("He called on Wednesday and met them on Saturday.", "2023-04-15",
                             nlp=nlp_blank)
    assert [d.value for d in doc.dates] == ["2023-04-12", "2023-04-15"]


@pytest.mark.parametrize(
    ("text", "doc_date", "values"),
    [
        ("The festival opens on January 14, from January 13-15.", "2022-12-29",
         ["2023-01-14", "2023-01-13/2023-01-15"]),
        ("They met on December 28 and from December 30 to January 2.", "2023-01-05",
         ["2022-12-28", "2022-12-30/2023-01-02"]),
        ("They met on February 10 and will meet on December 5.", "2023-08-15", ["2023-02-10", "2023-12-05"]),
    ],
)
def test_a_day_without_its_year_is_in_the_year_closest_across_new_year(nlp_blank, text, doc_date, values):
    """A day with no year is in the document's year unless that puts it most of a year away from it."""
    doc = vnentities.extract(text, doc_date, nlp=nlp_blank)
    assert [d.value for d in doc.dates] == values


def test_weekday_ahead_when_the_text_says_so(nlp_blank):
    """``next Friday`` and ``will … on Friday`` look ahead of the doc date; a cued weekday may be the doc
    date itself, ``next Saturday`` not."""
    doc = vnentities.extract("The minister will travel to Tokyo on Friday. Talks resume next "
                             "Saturday. The last flight is scheduled to land on Saturday.", "2023-04-15",
                             nlp=nlp_blank)
    assert [d.value for d in doc.dates] == ["2023-04-21", "2023-04-22", "2023-04-15"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("On Tuesday and Wednesday, they will board flights home.", ["2022-03-08", "2022-03-09"]),
        ("On Friday, the two sides are set to sign it.", ["2022-03-11"]),
        ("On Tuesday, he said Vietnam will support the plan.", ["2022-03-01"]),
        ("The talks were held on Wednesday, and officials will meet again.", ["2022-03-02"]),
        ("The summit will be held online in Hanoi on Friday.", ["2022-03-11"]),
    ],
)
def test_weekday_ahead_when_the_clause_it_opens_says_so(nlp_blank, text, values):
    """A weekday opening its sentence lies ahead when the clause's verb is future; a reporting verb before it,
    or a weekday inside the sentence, keeps it in the past."""
    doc = vnentities.extract(text, "2022-03-06", nlp=nlp_blank)
    assert [d.value for d in doc.dates] == values


def test_same_day_follows_the_story_day_not_a_cited_date(nlp_blank):
    """``The same day`` resolves to the story's weekday, not to an earlier cited date."""
    text = ("He arrived on Thursday. He recalled the call of March 29, 2023. The same day, he "
            "met the minister. The next day he left.")
    doc = vnentities.extract(text, "2023-04-15", nlp=nlp_blank)
    assert [(d.text, d.value) for d in doc.dates] == [
        ("Thursday", "2023-04-13"), ("March 29, 2023", "2023-03-29"),
        ("The same day", "2023-04-13"), ("The next day", "2023-04-14")]


def test_doc_date_from_the_dateline(nlp_blank):
    """Without ``doc_date``, the first full date (the dateline) is the document date."""
    doc = vnentities.extract("Leaders talk\n\nMarch 30, 2023 8:09 AM GMT+7\nThey met on "
                             "Wednesday.", nlp=nlp_blank)
    assert doc.doc_date == "2023-03-30"
    assert doc.dates[-1].value == "2023-03-29"
    assert [d.granularity for d in doc.dates] == ["moment", "day"]


def test_relative_dates_without_any_date_are_null(nlp_blank):
    """With no dateline and no ``doc_date``, a weekday is found but has no value."""
    doc = vnentities.extract("They met on Monday.", nlp=nlp_blank)
    assert entities(doc, "DATE") == [("DATE", "Monday", None)]


def test_a_capitalised_relative_day_inside_a_sentence_is_a_name(nlp_blank):
    """``Youth for Tomorrow`` names a body; ``Tomorrow`` opening a sentence and lower-case ``tomorrow``
    are days."""
    doc = vnentities.extract("He spoke at Youth for Tomorrow. Tomorrow the talks resume in Hanoi tomorrow.",
                             "2024-05-01", nlp=nlp_blank)
    assert entities(doc, "DATE") == [("DATE", "Tomorrow", "2024-05-02"), ("DATE", "tomorrow", "2024-05-02")]


def test_words_that_look_like_dates_are_not(nlp_blank):
    """``may`` the verb (in capitals too), amounts and a year inside a name are not DATEs."""
    doc = vnentities.extract("Prices may rise by 2,000 dong; UNCLOS 1982 applies. PRICES MAY RISE",
                             "2023-01-01", nlp=nlp_blank)
    assert entities(doc, "DATE") == []


def test_a_weekday_cut_short_is_a_date_only_before_a_full_date(nlp_blank):
    """``Sun`` and ``Mon`` alone are names (``Sun Weidong``, ``Mon State``), not weekdays."""
    doc = vnentities.extract("Vice FM Sun Weidong visited Mon State on Wed. Sun met him.", "2023-01-01",
                             nlp=nlp_blank)
    assert entities(doc, "DATE") == []


def _find_by_scanning(text: str) -> list[tuple[str, tuple[int, int]]]:
    """``DateTagger._find`` with every pattern scanned over the whole text (no start list)."""
    taken: list[tuple[int, int]] = []
    found = []
    for kind, pattern in (*dates.PATTERNS, ("relative", dates.RELATIVE)):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if kind == "month" and not dates.DateTagger._month_cued(text, m):
                continue
            taken.append(m.span())
            found.append((kind, m.span()))
    return sorted(found, key=lambda item: item[1][0])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    ["1", "2", "0", "9", "20", "2023", "12023", "19", "/", "-", "–", " ", ",", ".", "$", "%", "st",
     "May", "June", "Jan.", "Sept", "Monday", "Mon", "MAY", "MARCH", "FRIDAY", "next", "last", "this", "in",
     "since", "a",
     "today", "GMT+7", ":", "h", "(", ")", "\n"]), max_size=25).map("".join))
def test_patterns_are_tried_wherever_they_can_match(text):
    """Trying the patterns only at the listed start places finds what scanning finds."""
    assert [(k, m.span()) for k, m in dates.DateTagger._find(text)] == _find_by_scanning(text)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("held on 2025\nJanuary\n9-10.", [("2025", "2025"), ("January\n9-10", "2024-01-09/2024-01-10")]),
        ("chaired it onJanuary\t9, 2020 at noon", []),  # the month glued to a word: no span of its own
        ("on 2020\nMay\n/\n16:18", [("2020", "2020")]),
    ],
)
def test_a_date_never_starts_inside_a_number_nor_at_whitespace(nlp_blank, text, dates):
    """``25 January`` is not read in ``2025 January``, and a date's span never starts or ends with a space
    token (a match starting inside a glued word gives none)."""
    doc = vnentities.extract(text, "2024-03-20", nlp=nlp_blank)
    assert [(text, norm) for _, text, norm in entities(doc, "DATE")] == dates


def test_a_range_of_months_is_one_interval(nlp_blank):
    """``January-September`` is one DATE from month to month, in the document's year unless one is written
    (or named: ``last year``); a range over the new year starts the year before; a day after the second month
    makes it no month range."""
    text = ("Trade in January-September grew. From January to September 2021, exports rose. November–February "
            "is cold. They met from January to September 5. It lasted from February to April last year.")
    doc = vnentities.extract(text, "2022-12-11", nlp=nlp_blank)
    assert entities(doc, "DATE") == [
        ("DATE", "January-September", "2022-01/2022-09"),
        ("DATE", "January to September 2021", "2021-01/2021-09"),
        ("DATE", "November–February", "2021-11/2022-02"),
        ("DATE", "January", "2022-01"), ("DATE", "September 5", "2022-09-05"),
        ("DATE", "February to April last year", "2021-02/2021-04"),
    ]


def test_next_and_last_weekdays(nlp_blank):
    """``next Tuesday`` is one DATE, the first such day after the doc date; ``last Friday`` the last one
    before it (the doc date, a Sunday, excluded either way)."""
    text = "The Sultan stays through next Tuesday. He arrived last Friday. On Tuesday, he met the PM."
    doc = vnentities.extract(text, "2025-11-30", nlp=nlp_blank)
    assert [(e.text, e.norm) for e in doc.entities if e.label == "DATE"] == [
        ("next Tuesday", "2025-12-02"), ("last Friday", "2025-11-28"), ("Tuesday", "2025-11-25"),
    ]


@pytest.mark.parametrize(
    ("text", "doc_date", "dates"),
    [
        ("Putin paid a State visit from Wednesday to Thursday. They will meet again from Friday to Monday.",
         "2024-06-20", [("Wednesday to Thursday", "2024-06-19/2024-06-20"),
                        ("Friday to Monday", "2024-06-21/2024-06-24")]),
        ("The project ran from 2018 to December 2020, and the survey from December 2019 - March 2020.",
         "2020-02-25", [("2018 to December 2020", "2018/2020-12"),
                        ("December 2019 - March 2020", "2019-12/2020-03")]),
        ("They held their third-quarter 2025 meeting.", "2025-11-11",
         [("third-quarter 2025", "2025-07/2025-09")]),
    ],
)
def test_ranges_of_weekdays_of_months_of_a_year_and_a_hyphened_quarter(nlp_blank, text, doc_date, dates):
    """``from Wednesday to Thursday`` runs from the first day to the next such last day; a range whose ends are
    years or months of a year is valued at each end's precision; ``third-quarter 2025`` is that quarter."""
    doc = vnentities.extract(text, doc_date, nlp=nlp_blank)
    assert [(e.text, e.norm) for e in doc.entities if e.label == "DATE"] == dates


def test_a_month_after_for(nlp_blank):
    """``for July`` is that month of the document's year."""
    doc = vnentities.extract("Russia, the UNSC Chair for July, chaired it.", "2024-07-17", nlp=nlp_blank)
    assert [(e.text, e.norm) for e in doc.entities if e.label == "DATE"] == [("July", "2024-07")]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Update: 15-03-2024 | 14:49:36\n\nHe spoke.", [("15-03-2024 | 14:49:36", "2024-03-15T14:49:36")]),
        ("Posted 02.04.2024 08:05. He spoke.", [("02.04.2024 08:05", "2024-04-02T08:05")]),
        ("Saturday, 20/05/2017 10:12 He spoke.", [("Saturday, 20/05/2017 10:12", "2017-05-20T10:12")]),
        ("The mixed 15-03.2024 is no day.", []),
    ],
)
def test_numeric_days_with_a_hyphen_or_a_period_are_day_first(nlp_blank, text, dates):
    """A page's numeric day written with ``-`` or ``.`` is read day first, as with ``/``, the time after a
    bar or a space kept; its two separators must be the same."""
    doc = vnentities.extract(text, "2024-07-26", nlp=nlp_blank)
    assert [(e.text, e.norm) for e in doc.entities if e.label == "DATE"] == dates


def test_the_last_year_is_a_stretch_of_time(nlp_blank):
    """``over the last year`` and ``in the next month`` are stretches of time, no DATE; ``last year`` and
    ``next month`` on their own are."""
    text = "Trade grew over the last year and will grow in the next month. Last year it fell; next month too."
    doc = vnentities.extract(text, "2023-02-02", nlp=nlp_blank)
    assert [(e.text, e.norm) for e in doc.entities if e.label == "DATE"] == [
        ("Last year", "2022"), ("next month", "2023-03"),
    ]


def test_a_range_of_one_year_is_kept_as_written(nlp_blank):
    """``2025-2025`` (a source's typo) is valued as written; a reversed range has no value."""
    doc = vnentities.extract("The plans for 2025-2025 and 2020-2019 were signed.", "2024-04-19", nlp=nlp_blank)
    assert [(e.text, e.norm) for e in doc.entities if e.label == "DATE"] == [
        ("2025-2025", "2025/2025"), ("2020-2019", None),
    ]


def test_a_time_zone_in_square_brackets(nlp_blank):
    """``10:46 [GMT+7]`` is a moment with its offset, as ``(GMT+7)`` is."""
    doc = vnentities.extract("June 25, 2023, 10:46 [GMT+7]\n\nThey met.", nlp=nlp_blank)
    assert entities(doc, "DATE") == [("DATE", "June 25, 2023, 10:46 [GMT+7]", "2023-06-25T10:46+07:00")]


@pytest.mark.parametrize("byline", ["13:18, 13/03/2024", "13:18 | 13/03/2024"])
def test_a_time_before_a_day_first_numeric_date(nlp_blank, byline):
    """``13:18, 13/03/2024``, ``13:18 | 13/03/2024``: a byline's time before a day-first date is part of it."""
    doc = vnentities.extract(f"{byline}\n\nKhanh Hoa delegation works in Shanghai.", nlp=nlp_blank)
    assert entities(doc, "DATE") == [("DATE", byline, "2024-03-13T13:18")]


def test_a_byline_time_on_the_line_above_is_not_the_dates_and_an_iso_offset(nlp_blank):
    """A time ending one line leads no date on the next (``Mar 28th at 16:20`` then ``28-03-2017 …``); an ISO
    offset glued to a time is the moment's offset."""
    doc = vnentities.extract("Mar 28th at 16:20\n28-03-2017 16:20:20+07:00\n\nThey met.", nlp=nlp_blank)
    assert ("DATE", "28-03-2017 16:20:20+07:00", "2017-03-28T16:20:20+07:00") in entities(doc, "DATE")
    assert not [text for _, text, _ in entities(doc, "DATE") if "\n" in text]


def test_a_weekday_a_visit_lasts_until_and_a_range_with_until(nlp_blank):
    """``lasts until Thursday`` points ahead (``lasted until`` does not); ``until`` joins two full dates into
    one range."""
    text = ("The visit lasts until Thursday. The talks lasted until Thursday. Visitors may stay from March 1, "
            "2025, until December 31, 2025.")
    assert entities(vnentities.extract(text, "2019-04-01", nlp=nlp_blank), "DATE") == [
        ("DATE", "Thursday", "2019-04-04"),
        ("DATE", "Thursday", "2019-03-28"),
        ("DATE", "March 1, 2025, until December 31, 2025", "2025-03-01/2025-12-31"),
    ]


def test_a_zone_written_with_a_space_before_its_offset(nlp_blank):
    """``(GMT +7)`` gives its offset as ``(GMT+7)`` does."""
    doc = vnentities.extract("Tue, 19th Aug 2025 13:40 (GMT +7)\n\nMonday, 18/08/2025 | 12:12:39 [GMT +7]",
                             nlp=nlp_blank)
    assert [norm for _, _, norm in entities(doc, "DATE")] == [
        "2025-08-19T13:40+07:00", "2025-08-18T12:12:39+07:00",
    ]


def test_a_clock_time_ends_at_its_line(nlp_blank):
    """``PM`` opening the next line (a headline's Prime Minister) is no part of a dateline's clock time;
    ``p.m.`` on the same line is."""
    text = "Nov 03, 2021 / 19:48\n\nPM ends COP26. The talks began at 2.30 p.m. on May 6."
    assert entities(vnentities.extract(text, "2021-11-03", nlp=nlp_blank), "DATE") == [
        ("DATE", "Nov 03, 2021 / 19:48", "2021-11-03T19:48"),
        ("DATE", "2.30 p.m. on May 6", "2021-05-06T14:30"),
    ]


def test_a_vietnamese_weekday_before_a_dateline(nlp_blank):
    """A Vietnamese page's weekday opens its dateline (``Thứ Hai, 13/05/2019, 09:20 (GMT+7)``)."""
    text = "Thứ Hai, 13/05/2019, 09:20 (GMT+7)\nPM Phuc held talks with Nepalese PM Oli on Monday."
    assert entities(vnentities.extract(text, "2019-05-13", nlp=nlp_blank), "DATE") == [
        ("DATE", "Thứ Hai, 13/05/2019, 09:20 (GMT+7)", "2019-05-13T09:20+07:00"),
        ("DATE", "Monday", "2019-05-13"),
    ]


def test_a_cue_up_to_twelve_words_before_a_weekday_points_it_ahead(nlp_blank):
    """``is also scheduled to deliver a speech before the Vietnamese National Assembly on Friday``: the cue ten
    words back still looks ahead; a past sentence's weekday stays behind."""
    text = ("President Xi is also scheduled to deliver a speech before the Vietnamese National Assembly on "
            "Friday. The two leaders held talks at the Presidential Palace in the capital on Friday.")
    doc = vnentities.extract(text, "2015-11-05", nlp=nlp_blank)
    assert [d.value for d in doc.dates] == ["2015-11-06", "2015-10-30"]

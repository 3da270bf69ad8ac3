-- Statements by kind, proposals, scheduled times; then the starting record corrected against the fact sheet's
-- "Corrections (December 2026)": each fact cited to an article that contains it (or to the public record), each
-- claim attributed as the articles attribute it.

-- The views list their tables' columns: dropped while the tables change, created again below.
drop view meeting_on_record;
drop view readout_on_record;

-- A readout is one kind of statement among several that analysts compare.
alter table readout add column kind varchar(20) not null default 'READOUT'
    check (kind in ('READOUT', 'TRANSCRIPT', 'REMARKS', 'BRIEFING', 'SPOKESPERSON', 'STATE_MEDIA', 'JOINT_STATEMENT',
                    'UNSPECIFIED'));

-- An invitation or offer not yet accepted is "proposed", not "agreed".
alter table agreement drop constraint agreement_status_check,
    add constraint agreement_status_check
        check (status in ('PROPOSED', 'AGREED', 'IN_PROGRESS', 'IMPLEMENTED', 'STALLED', 'DECLINED'));
alter table agreement_status_change drop constraint agreement_status_change_status_check,
    add constraint agreement_status_change_status_check
        check (status in ('PROPOSED', 'AGREED', 'IN_PROGRESS', 'IMPLEMENTED', 'STALLED', 'DECLINED'));

-- A time announced in advance is shown as scheduled, not as when the meeting took place.
alter table meeting add column time_scheduled boolean not null default false;

-- An expected contact's window: after a day, within the period of its coarse date ("after 2023-06-19, in 2023"). It
-- sorts at the window's first day, so the visits a trip produced come after it, oldest first as newest first.
alter table meeting add column expected_after date,
    add constraint meeting_window_check check (expected_after is null or (start_precision <> 'DAY'
        and expected_after >= start_date
        and expected_after < (start_date + case start_precision when 'MONTH' then interval '1 month'
                                                                  else interval '1 year' end)::date));
alter table meeting alter column local_start set expression as
    (greatest(start_date, coalesce(expected_after + 1, start_date)) + coalesce(local_time, time '00:00'));

-- A channel's status dates at the precision known: China's refusals of military talks go back to 2021, by the US's
-- account, with no day given.
alter table channel add column status_since_precision varchar(5)
    check (status_since_precision in ('DAY', 'MONTH', 'YEAR'));
update channel set status_since_precision = 'DAY' where status_since is not null;
alter table channel add constraint channel_since_precision_check
    check ((status_since is null) = (status_since_precision is null)
        and (status_since is null or is_start_of_period(status_since, status_since_precision)));

create view meeting_on_record as select * from meeting where deleted_at is null;
create view readout_on_record as select * from readout where deleted_at is null;

-- Public-record sources for the facts the articles do not hold.
insert into source (publisher, label, published_on, url) values
    ('The White House', 'Readout of President Biden''s meeting with President Xi Jinping in Bali (public record)',
        '2022-11-14', null),
    ('U.S. Department of State', 'Readout of Secretary Blinken''s meeting with Wang Yi in Munich (public record)',
        '2023-02-18', null),
    ('Office of the Historian, U.S. Department of State',
        'Travels of the President: Joseph R. Biden (Bali, Indonesia, 13–16 November 2022: G20 Leaders'' Summit)', null,
        'https://history.state.gov/departmenthistory/travels/president/biden-joseph-r'),
    ('Office of the Historian, U.S. Department of State',
        'Travels of the Secretary of State: Antony J. Blinken (Munich, 16–19 February 2023: Munich Security Conference)',
        null, 'https://history.state.gov/departmenthistory/travels/secretary/blinken-antony-j'),
    ('Office of the Historian, U.S. Department of State',
        'Visits by foreign leaders: Xi Jinping, November 2023 (APEC, San Francisco Bay Area)', null,
        'https://history.state.gov/departmenthistory/visits/china'),
    ('IANA', 'Time Zone Database: Asia/Shanghai, China Standard Time (UTC+8, no daylight saving time)', null,
        'https://www.iana.org/time-zones');

-- A3 is a reworded copy of an earlier edition of A2's story: it holds facts A2's edition dropped.
update source set label = 'Machine-reworded copy of an earlier edition of the report on the Blinken–Wang Yi meeting'
where id = 3;

-- Blinken – Qin Gang (1). The invitation was to the United States; the articles name no city. A3, the earlier edition,
-- also reports the length of the talks.
update meeting set summary = 'The visit opened with about five and a half hours of talks and a working dinner of some '
    || 'two hours. The two sides agreed to add direct commercial flights, to have working groups and diplomats meet '
    || 'soon, and to encourage exchanges between their peoples; Blinken invited Qin Gang to visit the United States.'
where id = 1;
insert into meeting_source (meeting_id, source_id) values (1, 3) on conflict do nothing;
update readout set body = 'The Secretary underlined the place of diplomacy and of open channels of communication in '
    || 'lowering the risk of misperception and miscalculation.' || chr(10) || chr(10)
    || 'He invited Foreign Minister Qin Gang to the United States to carry the talks forward.'
where id = 1;

-- "Stable, predictable, and constructive" was state media's (A1), not the foreign ministry's readout (A4).
update readout set body = 'Largely positive in tone. It spoke of adding commercial flights and of more exchanges '
    || 'between people (students, academics and business people), and recalled the understandings the two presidents '
    || 'reached in Bali.'
where id = 2;
delete from readout_characterisation where readout_id = 2 and phrase = 'stable, predictable, and constructive';
delete from readout_source where readout_id = 2 and source_id = 1;
with statement as (
    insert into readout (meeting_id, side, kind, issuing_body, published_on, title, body)
    values (1, 'CN', 'STATE_MEDIA', 'Chinese state media', '2023-06-18',
            'Chinese state media on the Blinken – Qin Gang talks',
            'State media summed the talks up as "stable, predictable, and constructive".')
    returning id),
cited as (insert into readout_source (readout_id, source_id) select id, 1 from statement)
insert into readout_characterisation (readout_id, position, phrase)
select id, 0, 'stable, predictable, and constructive' from statement;

-- US officials briefing reporters also said the sides agreed on working groups and more flights (A2): a US statement,
-- so flights are not a topic only China raised. A2 does not say on which day they briefed.
with statement as (
    insert into readout (meeting_id, side, kind, issuing_body, published_on, title, body)
    values (1, 'US', 'BRIEFING', 'US officials briefing reporters', null,
            'US officials on the Blinken – Qin Gang talks',
            'US officials said the two sides had agreed to set up working groups and to expand commercial flights '
            || 'between the two countries.')
    returning id),
cited as (insert into readout_source (readout_id, source_id) select id, 2 from statement)
insert into readout_topic (readout_id, topic_id) select id, topic from statement, (values (12), (13)) topics (topic);

-- Blinken – Wang Yi (2): climate change, economic instability and fentanyl were examples US officials gave in a
-- briefing (A2), not topics the readout says were discussed; semiconductors are background, in no readout.
update readout set body = 'The Secretary said the two powers had to handle the relationship responsibly "through '
    || 'open channels of communication to ensure competition does not veer into conflict", and that Washington would '
    || 'keep raising its concerns.' || chr(10) || chr(10)
    || 'They talked about exploring cooperation on transnational problems the two share.'
where id = 4;
delete from readout_topic where readout_id = 4 and topic_id in (8, 9, 10);
delete from readout_topic where readout_id = 3 and topic_id = 4;
delete from meeting_topic where meeting_id = 2 and topic_id in (4, 8, 9);
with statement as (
    insert into readout (meeting_id, side, kind, issuing_body, published_on, title, body)
    values (2, 'US', 'BRIEFING', 'US officials briefing reporters', '2023-06-19',
            'US officials on the shared challenges raised with Wang Yi',
            'As examples of the shared transnational challenges, US officials named climate change, instability in '
            || 'the global economy and the production of fentanyl.')
    returning id),
cited as (insert into readout_source (readout_id, source_id) select id, 2 from statement)
insert into readout_topic (readout_id, topic_id) select id, topic from statement, (values (8), (9)) topics (topic);

-- Blinken – Xi Jinping (3): 16:30 was announced in advance (A2; A3 says only "expected in the afternoon"); the zone
-- is the public record's. No readout is quoted: a transcript (Xi's account) and Blinken's remarks to the media are.
update meeting set time_scheduled = true,
    summary = 'Announced by the State Department only that afternoon. Both sides pledged to steady a worsening '
        || 'relationship and Xi said he was satisfied with the progress of the talks. China would not resume '
        || 'military-to-military communication, a US priority, as Blinken told the media.'
where id = 3;
insert into meeting_source (meeting_id, source_id)
select 3, id from source where id in (2, 3) or label like 'Time Zone Database: Asia/Shanghai%'
on conflict do nothing;
with statement as (
    insert into readout (meeting_id, side, kind, issuing_body, published_on, title, body)
    values (3, 'CN', 'TRANSCRIPT', 'Transcript of the meeting (issuer not named in the report)', '2023-06-19',
            'Xi Jinping''s account, by the transcript of the meeting',
            'By the transcript, Xi was pleased with the Secretary''s meetings with the two top Chinese diplomats and '
            || 'said the two countries had agreed to resume the programme of understandings he and President Biden '
            || 'reached in Bali.')
    returning id)
insert into readout_source (readout_id, source_id) select id, 5 from statement;
with statement as (
    insert into readout (meeting_id, side, kind, issuing_body, published_on, title, body)
    values (3, 'US', 'REMARKS', 'Antony J. Blinken, remarks to the media', '2023-06-19',
            'Secretary Blinken''s remarks to the media after meeting Xi Jinping',
            'Blinken said the United States had set itself limited objectives for the visit and had achieved them.'
            || chr(10) || chr(10)
            || 'Military-to-military contact came up "repeatedly", by his account; in his words: "It is '
            || 'absolutely vital that we have these kinds of communications."')
    returning id),
cited as (insert into readout_source (readout_id, source_id) select id, 5 from statement)
insert into readout_topic (readout_id, topic_id) select id, 3 from statement;
update agreement_status_change set note = 'By Xi''s account, in a transcript of the meeting.'
where agreement_id = 5 and status = 'AGREED';
update agreement_status_change set note = 'As Blinken told the media: a US priority that he said he raised '
    || '"repeatedly"; China refused. The US has said that since 2021 China has turned down or left unanswered more '
    || 'than a dozen Defense Department requests for top-level talks.'
where agreement_id = 6 and status = 'DECLINED';
update channel set status_since = '2021-01-01', status_since_precision = 'YEAR',
    status_note = 'The US has said that since 2021 China has declined or left unanswered more than a dozen Defense '
        || 'Department requests for top-level talks; as Blinken told the media, China again turned down resuming '
        || 'military-to-military communication during the Secretary''s visit in June 2023.'
where id = 4;

-- Bali (4): A2 does not mention Bali; A3, A4 and A5 do. The day and the G20 sidelines are the public record's.
delete from meeting_source where meeting_id = 4 and source_id = 2;
insert into meeting_source (meeting_id, source_id)
select 4, id from source
where id = 3 or label like 'Readout of President Biden''s meeting with President Xi Jinping in Bali%'
   or label like 'Travels of the President: Joseph R. Biden%'
on conflict do nothing;
delete from agreement_source where agreement_id = 7 and source_id = 2;
insert into agreement_source (agreement_id, source_id) values (7, 3) on conflict do nothing;
update agreement_status_change set source_id = 3 where agreement_id = 7 and status = 'AGREED';

-- The postponed February trip (5): no article gives a day; "the morning after, hours before" is only in A3.
update meeting set summary = 'The Secretary''s planned February visit was postponed after the Pentagon announced '
    || 'that a Chinese surveillance balloon was over the United States; by one report he called it off the morning '
    || 'after the announcement, hours before he was due to leave.'
where id = 5;
insert into meeting_source (meeting_id, source_id) values (5, 3), (5, 4) on conflict do nothing;

-- Munich (6): in A2 and A3; the day is the public record's.
insert into meeting_source (meeting_id, source_id)
select 6, id from source
where id = 3 or label like 'Readout of Secretary Blinken''s meeting with Wang Yi in Munich%'
   or label like 'Travels of the Secretary of State: Antony J. Blinken%'
on conflict do nothing;

-- Vienna (7): talks over two days in May, not a meeting of 48 hours. Both sides described them in the same words (A1),
-- which does not say in what kind of statement: one statement of each side, its kind not reported.
update meeting set duration_minutes = null where id = 7;
with statement as (
    insert into readout (meeting_id, side, kind, issuing_body, published_on, title, body)
    select 7, side, 'UNSPECIFIED', issuer, null, title,
           'The talks were described as "candid, substantive and constructive" by both sides.'
    from (values ('US', 'The United States (body not named in the report)', 'The US side on the Vienna talks'),
                 ('CN', 'China (body not named in the report)', 'The Chinese side on the Vienna talks'))
         sides (side, issuer, title)
    returning id),
cited as (insert into readout_source (readout_id, source_id) select id, 1 from statement)
insert into readout_characterisation (readout_id, position, phrase)
select id, 0, 'candid, substantive and constructive' from statement;

-- Kritenbrink and Beran (8): the article gives no hierarchy between them.
update participant set role = 'GUEST' where meeting_id = 8 and official_id = 6;

-- Expected visits were reported on 18-19 June 2023 as coming after the trip, in 2023.
update meeting set expected_after = '2023-06-19' where id in (10, 11, 12, 13) and start_precision = 'YEAR';

-- Expected visits: Kerry's is in A2 only.
delete from meeting_source where meeting_id = 12 and source_id = 1;

-- Qin Gang's trip (13): an invitation to the United States (A4), no city named, not accepted on record.
update meeting set title = 'Qin Gang visit to the United States (invited)', city = null,
    summary = 'During their June talks Blinken invited Qin Gang to visit the United States for a follow-up trip; '
        || 'the reports name no city and no date.'
where id = 13;
update agreement set status = 'PROPOSED' where id = 4;
update agreement_status_change set status = 'PROPOSED',
    note = 'An invitation from Blinken; no report says China accepted it.'
where agreement_id = 4;

-- Biden – Xi at APEC (14): expected in A4 (APEC, California) and A1 (a summit later in the year); San Francisco in
-- November 2023 is the public record's.
delete from meeting_source where meeting_id = 14 and source_id in (2, 5);
insert into meeting_source (meeting_id, source_id)
select 14, id from source where id = 1 or label like 'Visits by foreign leaders: Xi Jinping, November 2023%'
on conflict do nothing;

-- Working groups and wider access (agreement 2) are in A2 alone, per State Department officials.
delete from agreement_source where agreement_id = 2 and source_id = 4;

-- Starting record: the Secretary of State's visit to Beijing on 18-19 June 2023 and the contacts around it, from the
-- fact sheet of five news reports. Facts only, restated; quoted phrases are what officials or governments said.

insert into official (id, full_name, native_name, country) values
    (1, 'Antony J. Blinken', null, 'US'),
    (2, 'Joe Biden', null, 'US'),
    (3, 'Jake Sullivan', null, 'US'),
    (4, 'Kurt Campbell', null, 'US'),
    (5, 'Daniel Kritenbrink', null, 'US'),
    (6, 'Sarah Beran', null, 'US'),
    (7, 'Janet Yellen', null, 'US'),
    (8, 'Gina Raimondo', null, 'US'),
    (9, 'John Kerry', null, 'US'),
    (10, 'Xi Jinping', '习近平', 'CN'),
    (11, 'Wang Yi', '王毅', 'CN'),
    (12, 'Qin Gang', '秦刚', 'CN'),
    -- A private citizen, recorded because he met Xi Jinping the week before the visit.
    (13, 'Bill Gates', null, 'US');

-- Tenures as on the public record; Kritenbrink's and Beran's dates are unknown here and stay unknown.
insert into official_position (official_id, title, organisation, start_date, start_precision, end_date, end_precision) values
    (1, 'Secretary of State', 'Department of State', '2021-01-26', 'DAY', '2025-01-20', 'DAY'),
    (2, 'President of the United States', null, '2021-01-20', 'DAY', '2025-01-20', 'DAY'),
    (3, 'National Security Adviser', 'White House', '2021-01-20', 'DAY', '2025-01-20', 'DAY'),
    (4, 'Deputy Assistant to the President and Coordinator for Indo-Pacific Affairs', 'National Security Council',
        '2021-01-01', 'MONTH', '2024-02-01', 'MONTH'),
    (5, 'Assistant Secretary of State for East Asian and Pacific Affairs', 'Department of State', null, null, null, null),
    (6, 'Senior Director for China and Taiwan Affairs', 'National Security Council', null, null, null, null),
    (7, 'Secretary of the Treasury', 'Department of the Treasury', '2021-01-26', 'DAY', '2025-01-20', 'DAY'),
    (8, 'Secretary of Commerce', 'Department of Commerce', '2021-03-03', 'DAY', '2025-01-20', 'DAY'),
    (9, 'Special Presidential Envoy for Climate', null, '2021-01-20', 'DAY', '2024-03-01', 'MONTH'),
    (10, 'President of the People''s Republic of China', null, '2013-03-14', 'DAY', null, null),
    (11, 'Minister of Foreign Affairs', 'Ministry of Foreign Affairs', '2013-03-01', 'MONTH', '2022-12-30', 'DAY'),
    (11, 'Director of the Office of the Central Foreign Affairs Commission', 'Communist Party of China',
        '2023-01-01', 'MONTH', null, null),
    (11, 'Minister of Foreign Affairs', 'Ministry of Foreign Affairs', '2023-07-25', 'DAY', null, null),
    (12, 'Minister of Foreign Affairs', 'Ministry of Foreign Affairs', '2022-12-30', 'DAY', '2023-07-25', 'DAY');

insert into topic (id, name) values
    (1, 'Taiwan'),
    (2, 'Russia''s war in Ukraine'),
    (3, 'Military-to-military communication'),
    (4, 'Semiconductors and export controls'),
    (5, 'Sanctions'),
    (6, 'Human rights and Hong Kong'),
    (7, 'South China Sea'),
    (8, 'Fentanyl'),
    (9, 'Climate change'),
    (10, 'Trade'),
    (11, 'Surveillance balloon'),
    (12, 'Access for journalists, scholars and students'),
    (13, 'Commercial flights');

insert into source (id, publisher, label, published_on, url, copy_of_id) values
    (1, null, 'Report from Beijing on the day of arrival, before the Wang Yi meeting (no headline; UK daily style)',
        '2023-06-18', null, null),
    (2, null, 'Report on the Blinken–Wang Yi meeting, filed before the Xi meeting (no headline; US daily style)',
        '2023-06-19', null, null),
    (3, null, 'Machine-reworded copy of the report on the Blinken–Wang Yi meeting', '2023-06-19', null, 2),
    (4, 'Al Jazeera', '''Baby steps'' for Blinken as he tries to revive US-China ties', '2023-06-19', null, null),
    (5, null, 'Washington and Beijing Pledge to Stabilize Deteriorating Ties', '2023-06-19', null, null);

insert into visit (id, title, summary) values
    (1, 'Secretary Blinken''s visit to Beijing, June 2023',
        'Two days in Beijing, rescheduled after the February trip was postponed: talks with Foreign Minister Qin Gang '
        || 'and with Wang Yi, then a meeting with President Xi Jinping.');

insert into meeting (id, title, start_date, start_precision, local_time, time_zone, end_date, duration_minutes,
                     city, country, venue, format, occasion, status, level, summary, visit_id) values
    (1, 'Blinken – Qin Gang talks', '2023-06-18', 'DAY', null, null, null, 450,
        'Beijing', 'CN', 'Diaoyutai State Guesthouse', 'IN_PERSON', null, 'HELD', 'MINISTERS',
        'The visit opened with about five and a half hours of talks and a working dinner of some two hours. The two '
        || 'sides agreed to add direct commercial flights, to have working groups and diplomats meet soon, and to '
        || 'encourage exchanges between their peoples; Blinken invited Qin Gang to Washington.', 1),
    (2, 'Blinken – Wang Yi meeting', '2023-06-19', 'DAY', null, null, null, 180,
        'Beijing', 'CN', 'Diaoyutai State Guesthouse', 'IN_PERSON', null, 'HELD', 'MINISTERS',
        'A morning meeting of about three hours by China''s account. The two readouts tell it very differently: '
        || 'Beijing''s blames Washington for the strained relationship and restates its line on Taiwan, while '
        || 'Washington''s stresses open channels and possible cooperation on shared problems.', 1),
    (3, 'Blinken – Xi Jinping meeting', '2023-06-19', 'DAY', '16:30', 'Asia/Shanghai', null, null,
        'Beijing', 'CN', null, 'IN_PERSON', null, 'HELD', 'MINISTERS',
        'Announced by the State Department only that afternoon. Both sides pledged to steady a worsening '
        || 'relationship and Xi said he was satisfied with the progress of the talks, but China would not resume '
        || 'military-to-military communication, a US priority.', 1),
    (4, 'Biden – Xi Jinping meeting in Bali', '2022-11-14', 'DAY', null, null, null, null,
        'Bali', 'ID', null, 'SIDELINES', 'G20 summit', 'HELD', 'LEADERS',
        'The two presidents agreed to try to steady relations and to take concrete steps to improve communication. '
        || 'Later contacts refer back to these Bali understandings.', null),
    (5, 'Blinken visit to Beijing (postponed)', '2023-02-01', 'MONTH', null, null, null, null,
        'Beijing', 'CN', null, 'IN_PERSON', null, 'POSTPONED', 'MINISTERS',
        'The Secretary''s trip, due in early February, was called off hours before departure, the morning after '
        || 'the Pentagon announced that a Chinese surveillance balloon was over the United States.', null),
    (6, 'Blinken – Wang Yi meeting in Munich', '2023-02-18', 'DAY', null, null, null, null,
        'Munich', 'DE', null, 'SIDELINES', 'Munich Security Conference', 'HELD', 'MINISTERS',
        'Blinken warned that Washington believed China was weighing lethal support for Russia''s war in Ukraine. '
        || 'China then froze some exchanges.', null),
    (7, 'Sullivan – Wang Yi talks in Vienna', '2023-05-01', 'MONTH', null, null, null, 2880,
        'Vienna', 'AT', null, 'IN_PERSON', null, 'HELD', 'MINISTERS',
        'Two days of talks that both sides called "candid, substantive and constructive"; Taiwan and Russia''s war '
        || 'in Ukraine were among the subjects.', null),
    (8, 'Kritenbrink and Beran talks in Beijing', '2023-06-01', 'MONTH', null, null, null, null,
        'Beijing', 'CN', null, 'IN_PERSON', null, 'HELD', 'SENIOR_OFFICIALS',
        'Early in the month, before the Secretary''s visit, the two US officials met Chinese officials in Beijing; '
        || 'the talks were described as "candid, constructive, fruitful discussions".', null),
    (9, 'Bill Gates – Xi Jinping meeting', '2023-06-01', 'MONTH', null, null, null, null,
        'Beijing', 'CN', null, 'IN_PERSON', null, 'HELD', 'NON_OFFICIAL',
        'The week before the Secretary''s visit Xi received Bill Gates, a private citizen. Not an official contact; '
        || 'on the record for context.', null),
    (10, 'Yellen visit to Beijing (expected)', '2023-01-01', 'YEAR', null, null, null, null,
        'Beijing', 'CN', null, 'IN_PERSON', null, 'PLANNED', 'MINISTERS',
        'Reported in June 2023 as one of the visits expected to follow the Secretary''s; no date set then.', null),
    (11, 'Raimondo visit to Beijing (expected)', '2023-01-01', 'YEAR', null, null, null, null,
        'Beijing', 'CN', null, 'IN_PERSON', null, 'PLANNED', 'MINISTERS',
        'Reported in June 2023 as one of the visits expected to follow the Secretary''s; no date set then.', null),
    (12, 'Kerry visit to Beijing (expected)', '2023-01-01', 'YEAR', null, null, null, null,
        'Beijing', 'CN', null, 'IN_PERSON', null, 'PLANNED', 'MINISTERS',
        'Reported in June 2023 as one of the visits expected to follow the Secretary''s; no date set then.', null),
    (13, 'Qin Gang visit to Washington (invited)', '2023-01-01', 'YEAR', null, null, null, null,
        'Washington', 'US', null, 'IN_PERSON', null, 'PLANNED', 'MINISTERS',
        'Blinken invited Qin Gang to Washington for a follow-up visit during their June talks; no date set then.', null),
    (14, 'Biden – Xi Jinping meeting at APEC (expected)', '2023-11-01', 'MONTH', null, null, null, null,
        'San Francisco', 'US', null, 'SIDELINES', 'APEC leaders'' summit', 'PLANNED', 'LEADERS',
        'A meeting of the two presidents was expected in the following months, most likely at the APEC summit in '
        || 'San Francisco in November 2023.', null);

insert into participant (meeting_id, official_id, side, role) values
    (1, 1, 'US', 'GUEST'), (1, 12, 'CN', 'HOST'),
    (2, 1, 'US', 'GUEST'), (2, 11, 'CN', 'HOST'),
    (3, 1, 'US', 'GUEST'), (3, 10, 'CN', 'HOST'),
    (4, 2, 'US', 'LEAD'), (4, 10, 'CN', 'LEAD'),
    (5, 1, 'US', 'GUEST'),
    (6, 1, 'US', 'LEAD'), (6, 11, 'CN', 'LEAD'),
    (7, 3, 'US', 'LEAD'), (7, 11, 'CN', 'LEAD'),
    (8, 5, 'US', 'GUEST'), (8, 6, 'US', 'DELEGATION_MEMBER'),
    (9, 13, 'US', 'GUEST'), (9, 10, 'CN', 'HOST'),
    (10, 7, 'US', 'GUEST'),
    (11, 8, 'US', 'GUEST'),
    (12, 9, 'US', 'GUEST'),
    (13, 12, 'CN', 'GUEST'),
    (14, 2, 'US', 'LEAD'), (14, 10, 'CN', 'LEAD');

insert into meeting_topic (meeting_id, topic_id) values
    (1, 13), (1, 12),
    (2, 1), (2, 4), (2, 5), (2, 8), (2, 9),
    (3, 3),
    (5, 11),
    (6, 2),
    (7, 1), (7, 2);

insert into meeting_source (meeting_id, source_id) values
    (1, 1), (1, 2), (1, 4),
    (2, 2), (2, 3), (2, 4), (2, 5),
    (3, 5),
    (4, 2), (4, 4), (4, 5),
    (5, 1), (5, 2),
    (6, 2),
    (7, 1),
    (8, 1),
    (9, 1),
    (10, 1), (10, 2),
    (11, 1), (11, 2),
    (12, 1), (12, 2),
    (13, 4),
    (14, 2), (14, 4), (14, 5);

insert into readout (id, meeting_id, side, issuing_body, published_on, title, body) values
    (1, 1, 'US', 'Department of State', '2023-06-18', 'Secretary Blinken''s talks with Foreign Minister Qin Gang',
        'The Secretary underlined the place of diplomacy and of open channels of communication in lowering the risk '
        || 'of misperception and miscalculation.' || chr(10) || chr(10)
        || 'He invited Foreign Minister Qin Gang to Washington to carry the talks forward.'),
    (2, 1, 'CN', 'Ministry of Foreign Affairs of the PRC', '2023-06-18',
        'Foreign Minister Qin Gang''s talks with Secretary Blinken',
        'Largely positive in tone. It spoke of adding commercial flights and of more exchanges between people '
        || '(students, academics and business people), and recalled the understandings the two presidents reached '
        || 'in Bali.' || chr(10) || chr(10)
        || 'Chinese state media summed the talks up as "stable, predictable, and constructive".'),
    (3, 2, 'CN', 'Ministry of Foreign Affairs of the PRC', '2023-06-19', 'Wang Yi''s meeting with Secretary Blinken',
        'Wang Yi said relations stood at a "critical juncture", with a choice to make between "dialogue or '
        || 'confrontation, cooperation or conflict", and that both countries were responsible for halting the '
        || 'downward spiral. He laid the tensions at Washington''s door, citing its "erroneous perception of China".'
        || chr(10) || chr(10)
        || 'On Taiwan he said it was China''s "core interest" and that there was "no room" for compromise.'
        || chr(10) || chr(10)
        || 'He called on the United States to stop "hyping" the "China threat theory", to lift sanctions, to stop '
        || 'holding back China''s technological development and to stop "recklessly interfering in China''s '
        || 'internal affairs".'),
    (4, 2, 'US', 'Department of State', '2023-06-19', 'Secretary Blinken''s meeting with Wang Yi',
        'The Secretary said the two powers had to handle the relationship responsibly "through open channels of '
        || 'communication to ensure competition does not veer into conflict", and that Washington would keep '
        || 'raising its concerns.' || chr(10) || chr(10)
        || 'They talked about exploring cooperation on transnational problems the two share; US officials named '
        || 'climate change, instability in the world economy and the making of fentanyl.');

insert into readout_characterisation (readout_id, position, phrase) values
    (1, 0, 'candid, substantive, and constructive'),
    (2, 0, 'stable, predictable, and constructive'),
    (3, 0, 'critical juncture'),
    (3, 1, 'dialogue or confrontation, cooperation or conflict'),
    (4, 0, 'candid and productive discussion');

insert into readout_source (readout_id, source_id) values
    (1, 1), (1, 2), (1, 4),
    (2, 1), (2, 4),
    (3, 2), (3, 4), (3, 5),
    (4, 2), (4, 4);

insert into agreement (id, meeting_id, description, status) values
    (1, 1, 'Expand direct commercial flights between the two countries', 'AGREED'),
    (2, 1, 'Working groups and diplomats to meet soon on a range of issues, among them more access for each other''s '
        || 'journalists, scholars and students', 'AGREED'),
    (3, 1, 'Encourage exchanges between the two peoples', 'AGREED'),
    (4, 1, 'Qin Gang to visit the United States', 'AGREED'),
    (5, 3, 'Resume the agenda of understandings Presidents Biden and Xi reached in Bali in 2022', 'AGREED'),
    (6, 3, 'Resume military-to-military communication', 'DECLINED'),
    (7, 4, 'Try to stabilise relations and take concrete steps to improve communication', 'AGREED');

insert into agreement_status_change (agreement_id, status, changed_on, note, source_id) values
    (1, 'AGREED', '2023-06-18', 'Agreed at the Blinken – Qin Gang talks.', 2),
    (2, 'AGREED', '2023-06-18', 'Agreed at the Blinken – Qin Gang talks.', 2),
    (3, 'AGREED', '2023-06-18', 'Agreed at the Blinken – Qin Gang talks.', 4),
    (4, 'AGREED', '2023-06-18', 'An invitation from Blinken; no trip scheduled yet.', 4),
    (5, 'AGREED', '2023-06-19', 'Agreed at the Blinken – Xi Jinping meeting.', 5),
    (6, 'DECLINED', '2023-06-19', 'A US priority that Blinken said he raised "repeatedly"; China refused. Since 2021 '
        || 'China had turned down or left unanswered more than a dozen Defense Department requests for top-level '
        || 'talks.', 5),
    (7, 'AGREED', '2022-11-14', 'Agreed by the two presidents in Bali.', 5);

insert into agreement_source (agreement_id, source_id) values
    (1, 2), (1, 4),
    (2, 2), (2, 4),
    (3, 4),
    (4, 4),
    (5, 5),
    (6, 5),
    (7, 2), (7, 4), (7, 5);

-- Explicit ids above; later rows take the next free ones.
select setval(pg_get_serial_sequence('official', 'id'), (select max(id) from official));
select setval(pg_get_serial_sequence('official_position', 'id'), (select max(id) from official_position));
select setval(pg_get_serial_sequence('topic', 'id'), (select max(id) from topic));
select setval(pg_get_serial_sequence('source', 'id'), (select max(id) from source));
select setval(pg_get_serial_sequence('visit', 'id'), (select max(id) from visit));
select setval(pg_get_serial_sequence('meeting', 'id'), (select max(id) from meeting));
select setval(pg_get_serial_sequence('participant', 'id'), (select max(id) from participant));
select setval(pg_get_serial_sequence('readout', 'id'), (select max(id) from readout));
select setval(pg_get_serial_sequence('agreement', 'id'), (select max(id) from agreement));
select setval(pg_get_serial_sequence('agreement_status_change', 'id'), (select max(id) from agreement_status_change));

-- A tenure's start and end are two facts that seldom come from one report: a position cites the source of its title
-- and start (source_id, V10) and, apart, the source of its end.
alter table official_position add column end_source_id bigint references source (id);
create index official_position_source_idx on official_position (source_id);
create index official_position_end_source_idx on official_position (end_source_id);
comment on column official_position.source_id is 'the source of the title and the start date';
comment on column official_position.end_source_id is 'the source of the end date';

-- The Office of the Historian's page on Blinken gives both his entry on duty and the end of his appointment.
update official_position set end_source_id = source_id
where official_id = 1 and title = 'Secretary of State' and end_source_id is null;

-- Tenure dates of the fact sheet, each cited to a public report that states it (checked against the report's text,
-- date by date). Dates no report on hand states stay uncited, and the official's page says "none cited": Sullivan's,
-- Yellen's and Raimondo's end on 20 January 2025, Kerry's end in March 2024.
create temporary table tenure_source (key text primary key, id bigint) on commit drop;
with added as (
    insert into source (publisher, label, published_on, url) values
        ('The Enquirer-Journal', 'Biden sworn in as 46th president on 20 January 2021', null,
            'https://enquirerjournal.com/news/biden-sworn-in-as-46th-president/article_97a719c1-91b6-57b1-b019-d19b517a671f.html'),
        ('Federal News Network (The Associated Press)', 'Yellen sworn in as Treasury secretary on 26 January 2021',
            '2021-01-26', 'https://federalnewsnetwork.com/government-news/2021/01/janet-yellen-sworn-in-as-first-woman-treasury-secretary/'),
        ('The Boston Globe', 'Raimondo confirmed as commerce secretary, sworn in on 3 March 2021', null,
            'https://www.bostonglobe.com/2021/03/02/metro/gina-raimondo-confirmed-commerce-secretary/'),
        ('World Bank Live', 'John Kerry: speaker''s biography (in Arabic), sworn in as climate envoy on 20 January 2021',
            null, 'https://live.albankaldawli.org/ar/experts/j/jwn-kyry'),
        ('China.org.cn (Xinhua)', 'Xi elected president of the PRC on 14 March 2013', '2013-03-14',
            'http://www.china.org.cn/china/NPC_CPPCC_2013/2013-03/14/content_28239654.htm'),
        ('Deutsche Welle', 'China''s parliament names Wang Yi foreign minister, March 2013', '2013-03-16',
            'https://www.dw.com/en/china-announces-new-cabinet-at-national-peoples-congress/a-16678561'),
        ('Global Times', 'Qin Gang appointed foreign minister in Wang Yi''s place, 30 December 2022', '2022-12-30',
            'https://www.globaltimes.cn/page/202212/1282970.shtml'),
        ('BNN Bloomberg', 'Wang Yi named director of the Central Foreign Affairs Commission''s office, January 2023',
            '2023-01-01', 'https://www.bnnbloomberg.ca/china-s-communist-party-names-wang-yi-to-lead-foreign-policy-1.1864978'),
        ('Global Times', 'Wang Yi appointed foreign minister and Qin Gang removed, 25 July 2023', '2023-07-25',
            'https://www.globaltimes.cn/page/202307/1295035.shtml'),
        ('Newser', 'Trump sworn in as 47th president, 20 January 2025', '2025-01-20',
            'https://www.newser.com/story/362820/donald-trump-sworn-in-as-47th-president.html'),
        ('Wikipedia', 'Jake Sullivan (encyclopaedia article): national security adviser from 20 January 2021', null,
            'https://en.wikipedia.org/wiki/Jake_Sullivan'),
        ('Wikipedia', 'Kurt M. Campbell (encyclopaedia article): Indo-Pacific coordinator, 20 January 2021 to 12 February 2024',
            null, 'https://en.wikipedia.org/wiki/Kurt_M._Campbell')
    returning id, url)
insert into tenure_source (key, id)
select case
    when url like '%enquirerjournal%' then 'biden'
    when url like '%federalnewsnetwork%' then 'yellen'
    when url like '%bostonglobe%' then 'raimondo'
    when url like '%albankaldawli%' then 'kerry'
    when url like '%china.org.cn%' then 'xi'
    when url like '%dw.com%' then 'wang-2013'
    when url like '%202212%' then 'qin-2022'
    when url like '%bnnbloomberg%' then 'wang-2023-01'
    when url like '%202307%' then 'wang-qin-2023-07'
    when url like '%newser%' then 'biden-end'
    when url like '%Jake_Sullivan' then 'sullivan'
    when url like '%Kurt_M._Campbell' then 'campbell' end, id
from added;
update source set url_key = regexp_replace(regexp_replace(url, '^https?://(www\.)?', ''), '/+$', '')
where id in (select id from tenure_source);

-- Only positions as seeded: a tenure an analyst has already cited keeps its sources.
update official_position set source_id = (select id from tenure_source where key = 'biden'),
    end_source_id = (select id from tenure_source where key = 'biden-end')
where official_id = 2 and end_date = '2025-01-20' and start_date = '2021-01-20' and source_id is null;
update official_position set source_id = (select id from tenure_source where key = 'sullivan')
where official_id = 3 and start_date = '2021-01-20' and source_id is null;
update official_position set source_id = (select id from tenure_source where key = 'campbell'),
    end_source_id = (select id from tenure_source where key = 'campbell')
where official_id = 4 and start_date = '2021-01-01' and end_date = '2024-02-01' and source_id is null;
update official_position set source_id = (select id from tenure_source where key = 'yellen')
where official_id = 7 and start_date = '2021-01-26' and source_id is null;
update official_position set source_id = (select id from tenure_source where key = 'raimondo')
where official_id = 8 and start_date = '2021-03-03' and source_id is null;
update official_position set source_id = (select id from tenure_source where key = 'kerry')
where official_id = 9 and start_date = '2021-01-20' and source_id is null;
update official_position set source_id = (select id from tenure_source where key = 'xi')
where official_id = 10 and start_date = '2013-03-14' and source_id is null;
update official_position set source_id = (select id from tenure_source where key = 'wang-2013'),
    end_source_id = (select id from tenure_source where key = 'qin-2022')
where official_id = 11 and start_date = '2013-03-01' and end_date = '2022-12-30' and source_id is null;
update official_position set source_id = (select id from tenure_source where key = 'wang-2023-01')
where official_id = 11 and start_date = '2023-01-01' and source_id is null;
update official_position set source_id = (select id from tenure_source where key = 'wang-qin-2023-07')
where official_id = 11 and start_date = '2023-07-25' and source_id is null;
update official_position set source_id = (select id from tenure_source where key = 'qin-2022'),
    end_source_id = (select id from tenure_source where key = 'wang-qin-2023-07')
where official_id = 12 and start_date = '2022-12-30' and end_date = '2023-07-25' and source_id is null;

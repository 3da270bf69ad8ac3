-- Whose claim a fact is, as its source attributes it: who makes it and in what kind of statement (null when the
-- source does not say). A status change, a channel's status and a meeting's summary can each be a claim.
alter table agreement_status_change
    add column claimed_by varchar(200),
    add column claimed_in varchar(20) check (claimed_in in
        ('READOUT', 'TRANSCRIPT', 'REMARKS', 'BRIEFING', 'SPOKESPERSON', 'STATE_MEDIA', 'JOINT_STATEMENT', 'UNSPECIFIED')),
    add constraint status_change_claim_names_claimant check (claimed_in is null or claimed_by is not null);
alter table channel
    add column status_claimed_by varchar(200),
    add column status_claimed_in varchar(20) check (status_claimed_in in
        ('READOUT', 'TRANSCRIPT', 'REMARKS', 'BRIEFING', 'SPOKESPERSON', 'STATE_MEDIA', 'JOINT_STATEMENT', 'UNSPECIFIED')),
    add constraint channel_claim_names_claimant check (status_claimed_in is null or status_claimed_by is not null);
alter table meeting
    add column summary_claimed_by varchar(200),
    add column summary_claimed_in varchar(20) check (summary_claimed_in in
        ('READOUT', 'TRANSCRIPT', 'REMARKS', 'BRIEFING', 'SPOKESPERSON', 'STATE_MEDIA', 'JOINT_STATEMENT', 'UNSPECIFIED')),
    add constraint summary_claim_names_claimant check (summary_claimed_in is null or summary_claimed_by is not null);

-- A side's issuing no readout of a meeting is a fact of its own, recorded as a statement of that kind with the
-- source that reports it; a readout that is merely not recorded yet is a gap in the record, not a finding.
alter table readout drop constraint readout_kind_check,
    add constraint readout_kind_check check (kind in
        ('READOUT', 'TRANSCRIPT', 'REMARKS', 'BRIEFING', 'SPOKESPERSON', 'STATE_MEDIA', 'JOINT_STATEMENT', 'UNSPECIFIED',
         'NO_READOUT'));

-- A span of days at any precision: "over two days in May 2023" is two days within May, not a 48-hour meeting.
-- (A date known to the day gives its last day instead.)
alter table meeting add column span_days integer
    check (span_days is null or (span_days between 2 and 366 and start_precision <> 'DAY'));
-- The Vienna talks (A1): two days in May 2023.
update meeting set span_days = 2 where id = 7;

-- A private citizen takes part as a person, for no government: not an official of a side (the sheet: Bill Gates,
-- who met Xi Jinping the week before the visit, A1). Such a participant has no side.
alter table official add column private_person boolean not null default false;
alter table participant alter column side drop not null;
update official set private_person = true where id = 13;
update participant set side = null where official_id = 13;

-- A position cites the source of its dates: tenures are public record, not in the articles. The Office of the
-- Historian's page on the Secretary (the same person id as its travel records, blinken-antony-j) gives his entry on
-- duty and the end of his appointment; the other tenures show "not on record" until an analyst cites one.
alter table official_position add column source_id bigint references source (id);
with historian as (
    insert into source (publisher, label, published_on, url) values
        ('Office of the Historian, U.S. Department of State',
            'Antony John Blinken, Secretary of State: dates of service (public record)', null,
            'https://history.state.gov/departmenthistory/people/blinken-antony-j')
    returning id)
update official_position set source_id = (select id from historian)
where official_id = 1 and title = 'Secretary of State';

-- The view lists the table's columns as they were when it was made (V7): add the new ones.
create or replace view meeting_on_record as select * from meeting where deleted_at is null;

-- The corrected sheet's attributions, now as data rather than in the words of the notes (A5 for all three).
-- Resuming the Bali agenda: Xi's account, in the transcript of the meeting.
update agreement_status_change set claimed_by = 'Xi Jinping', claimed_in = 'TRANSCRIPT', note = null
where agreement_id = 5 and status = 'AGREED';
-- Military-to-military communication declined: as Blinken told the media.
update agreement_status_change set claimed_by = 'Blinken', claimed_in = 'REMARKS',
    note = 'A US priority that he said he raised "repeatedly"; China refused. The US has said that since 2021 China '
        || 'has turned down or left unanswered more than a dozen Defense Department requests for top-level talks.'
where agreement_id = 6 and status = 'DECLINED';
-- The defence channel's refusals since 2021: as the US has said, in no stated kind of statement.
update channel set status_claimed_by = 'the United States',
    status_note = 'Since 2021 China has declined or left unanswered more than a dozen Defense Department requests for '
        || 'top-level talks; as Blinken told the media, China again turned down resuming military-to-military '
        || 'communication during the Secretary''s visit in June 2023.'
where id = 4;

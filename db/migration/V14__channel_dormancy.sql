-- How long a channel may go without a contact before the channels page and the timeline call it dormant, set per
-- channel by analysts: a year for every channel until they say otherwise.
alter table channel add column dormant_after_months integer not null default 12
    check (dormant_after_months between 1 and 120);

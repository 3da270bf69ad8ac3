-- A characterisation's search document is stored, like those of readouts, meetings and agreements: computing it
-- per row while searching made a common word take most of a second on a million readouts.
alter table readout_characterisation
    add column search_document tsvector generated always as (search_document(phrase)) stored;
drop index readout_characterisation_search_idx;
create index readout_characterisation_search_idx on readout_characterisation using gin (search_document);

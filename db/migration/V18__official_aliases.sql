-- Other names the press gives an official ("Tony Blinken"), one per line: an article that names them so is read as
-- naming the official.
alter table official add column aliases varchar(1000) check (aliases is null or btrim(aliases) <> '');

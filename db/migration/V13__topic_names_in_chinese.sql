-- Topics are named in both languages of the interface, so that the Chinese interface shows them in Chinese and a
-- search in either language finds what the record says in the other (台湾 finds texts about Taiwan).
alter table topic add column native_name varchar(100);
update topic set native_name = case id
    when 1 then '台湾'
    when 2 then '俄乌战争'
    when 3 then '两军沟通'
    when 4 then '半导体与出口管制'
    when 5 then '制裁'
    when 6 then '人权与香港'
    when 7 then '南海'
    when 8 then '芬太尼'
    when 9 then '气候变化'
    when 10 then '贸易'
    when 11 then '气球事件'
    when 12 then '记者、学者和学生往来'
    when 13 then '商业航班'
    end
where id <= 13;

-- 長崎県 and its 21 市町 with their 全国地方公共団体コード, and the template editions it issues.
INSERT INTO prefecture (code, name, name_en) VALUES ('42', '長崎県', 'Nagasaki Prefecture');

INSERT INTO municipality (code, prefecture_code, name, name_en) VALUES
 ('422011', '42', '長崎市', 'Nagasaki City'),
 ('422029', '42', '佐世保市', 'Sasebo City'),
 ('422037', '42', '島原市', 'Shimabara City'),
 ('422045', '42', '諫早市', 'Isahaya City'),
 ('422053', '42', '大村市', 'Omura City'),
 ('422070', '42', '平戸市', 'Hirado City'),
 ('422088', '42', '松浦市', 'Matsuura City'),
 ('422096', '42', '対馬市', 'Tsushima City'),
 ('422100', '42', '壱岐市', 'Iki City'),
 ('422118', '42', '五島市', 'Goto City'),
 ('422126', '42', '西海市', 'Saikai City'),
 ('422134', '42', '雲仙市', 'Unzen City'),
 ('422142', '42', '南島原市', 'Minamishimabara City'),
 ('423076', '42', '長与町', 'Nagayo Town'),
 ('423084', '42', '時津町', 'Togitsu Town'),
 ('423211', '42', '東彼杵町', 'Higashisonogi Town'),
 ('423220', '42', '川棚町', 'Kawatana Town'),
 ('423238', '42', '波佐見町', 'Hasami Town'),
 ('423831', '42', '小値賀町', 'Ojika Town'),
 ('423912', '42', '佐々町', 'Saza Town'),
 ('424111', '42', '新上五島町', 'Shinkamigoto Town');

-- 達成年度 may be chosen from 平成30年度 on: the seed's own note says H29 could not be selected.
INSERT INTO roadmap_template (id, prefecture_code, name, first_period, period_count, selectable_from, selectable_to, arrow_label_max_length) VALUES
 ('nagasaki-8-9',  '42', '長崎県 推進ロードマップ様式（第8期・第9期）',  8, 2, 2018, 2026, 40),
 ('nagasaki-9-10', '42', '長崎県 推進ロードマップ様式（第9期・第10期）', 9, 2, 2018, 2029, 40);

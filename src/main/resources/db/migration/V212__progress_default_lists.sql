-- The defaults a prefecture's rating scale, activity kinds and professions start from, as data: V80 copied them to
-- the prefectures present then, but a prefecture added later (a data set load, a new installation's reference data)
-- had no scale at all. ProgressStore reads these rows for any prefecture without rows of its own, until its
-- 県管理者 saves its own. Not a prefecture's rows, so no prefecture's edits ever change another's defaults.
CREATE TABLE progress_default_rating (
    symbol    VARCHAR(4)  NOT NULL,
    label     VARCHAR(40) NOT NULL,
    position  INTEGER     NOT NULL,
    achieved  BOOLEAN     NOT NULL,
    shortfall BOOLEAN     NOT NULL,
    CONSTRAINT progress_default_rating_pk PRIMARY KEY (symbol)
);
INSERT INTO progress_default_rating (symbol, label, position, achieved, shortfall) VALUES ('◎', '達成できた', 1, TRUE, FALSE);
INSERT INTO progress_default_rating (symbol, label, position, achieved, shortfall) VALUES ('○', '概ね達成できた', 2, TRUE, FALSE);
INSERT INTO progress_default_rating (symbol, label, position, achieved, shortfall) VALUES ('△', '達成はやや不十分', 3, FALSE, TRUE);
INSERT INTO progress_default_rating (symbol, label, position, achieved, shortfall) VALUES ('×', '全く不十分', 4, FALSE, TRUE);
INSERT INTO progress_default_rating (symbol, label, position, achieved, shortfall) VALUES ('－', '未着手', 5, FALSE, FALSE);

-- list: the table whose default it is (progress_activity_kind or progress_profession).
CREATE TABLE progress_default_name (
    list     VARCHAR(40) NOT NULL,
    name     VARCHAR(40) NOT NULL,
    position INTEGER     NOT NULL,
    CONSTRAINT progress_default_name_pk PRIMARY KEY (list, name)
);
INSERT INTO progress_default_name (list, name, position) VALUES ('progress_activity_kind', '研修会', 1);
INSERT INTO progress_default_name (list, name, position) VALUES ('progress_activity_kind', '勉強会', 2);
INSERT INTO progress_default_name (list, name, position) VALUES ('progress_activity_kind', '会議', 3);
INSERT INTO progress_default_name (list, name, position) VALUES ('progress_activity_kind', '説明会', 4);
INSERT INTO progress_default_name (list, name, position) VALUES ('progress_activity_kind', '相談', 5);
INSERT INTO progress_default_name (list, name, position) VALUES ('progress_activity_kind', '訪問', 6);
INSERT INTO progress_default_name (list, name, position) VALUES ('progress_activity_kind', '周知', 7);
INSERT INTO progress_default_name (list, name, position) VALUES ('progress_profession', '医師', 1);
INSERT INTO progress_default_name (list, name, position) VALUES ('progress_profession', '歯科医師', 2);
INSERT INTO progress_default_name (list, name, position) VALUES ('progress_profession', '薬剤師', 3);
INSERT INTO progress_default_name (list, name, position) VALUES ('progress_profession', '看護師', 4);
INSERT INTO progress_default_name (list, name, position) VALUES ('progress_profession', 'ケアマネジャー', 5);
INSERT INTO progress_default_name (list, name, position) VALUES ('progress_profession', '介護職', 6);
INSERT INTO progress_default_name (list, name, position) VALUES ('progress_profession', 'リハビリ職', 7);
INSERT INTO progress_default_name (list, name, position) VALUES ('progress_profession', '社会福祉士', 8);
INSERT INTO progress_default_name (list, name, position) VALUES ('progress_profession', '行政', 9);
INSERT INTO progress_default_name (list, name, position) VALUES ('progress_profession', '住民', 10);

-- Each reminder of a round (a week before, a day before, overdue) is claimed once, by whichever node inserts first.
CREATE TABLE round_reminder (
    round_id   BIGINT      NOT NULL,
    reminder   VARCHAR(20) NOT NULL,
    claimed_at TIMESTAMP   NOT NULL,
    PRIMARY KEY (round_id, reminder)
);

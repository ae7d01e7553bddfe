package org.careroadmap.notification;

/** What a notification is about; each person can turn e-mail off per kind (the inbox always gets it). */
public enum NotificationKind {
    SUBMITTED, WITHDRAWN, RETURNED, ACCEPTED, PUBLISHED, ROUND_OPENED, DEADLINE_WEEK, DEADLINE_DAY, OVERDUE, COMMENT,
    PROGRESS_SUBMITTED, PROGRESS_RETURNED, PROGRESS_ACCEPTED, PROGRESS_PUBLISHED, RESOURCE_ROUND_REMINDER
}

package org.careroadmap.operations;

/**
 * A backup or restore that was not done, with a sentence for the operator saying why. Whenever
 * this is thrown by a restore, the target database has not been changed.
 */
public class BackupRefusedException extends RuntimeException {

    public BackupRefusedException(String message) {
        super(message);
    }

    public BackupRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}

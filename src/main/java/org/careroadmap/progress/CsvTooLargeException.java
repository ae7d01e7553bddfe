package org.careroadmap.progress;

/** An uploaded CSV larger than the configured limit (413). */
public class CsvTooLargeException extends RuntimeException {

    private final long maxBytes;

    public CsvTooLargeException(long maxBytes) {
        super("csv too large");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}

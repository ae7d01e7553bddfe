package org.careroadmap.resourcemap.tiles;

/** A file that is not a PMTiles v3 archive this reader can serve from (wrong magic, version, compression, bounds). */
public class PmtilesException extends RuntimeException {

    public PmtilesException(String message) {
        super(message);
    }
}

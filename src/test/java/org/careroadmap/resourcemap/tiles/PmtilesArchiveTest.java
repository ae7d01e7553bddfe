package org.careroadmap.resourcemap.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PMTiles v3 reader on archives the test writes as the specification lays them out: tile ids along the
 * Hilbert curve, gzip directories with varint entries, runs of equal tiles, leaf directories, and refusals.
 */
class PmtilesArchiveTest {

    @TempDir
    Path dir;

    @Test
    void tileIdsFollowTheHilbertCurveAsTheSpecificationNumbersThem() {
        assertThat(TileId.of(0, 0, 0)).isZero();
        assertThat(TileId.of(1, 0, 0)).isEqualTo(1);
        assertThat(TileId.of(1, 0, 1)).isEqualTo(2);
        assertThat(TileId.of(1, 1, 1)).isEqualTo(3);
        assertThat(TileId.of(1, 1, 0)).isEqualTo(4);
        assertThat(TileId.of(2, 0, 0)).isEqualTo(5);
        assertThat(TileId.of(12, 3423, 1763)).isEqualTo(19_078_479L);
        assertThat(TileId.exists(3, 8, 0)).isFalse();
        assertThat(TileId.exists(27, 0, 0)).isFalse();
        assertThat(TileId.exists(2, -1, 0)).isFalse();
    }

    @Test
    void everyTileOfEveryZoomReadsBackAsWrittenFromTheRootDirectory() {
        PmtilesArchive archive = PmtilesArchive.open(distinctTiles(new PmtilesFixture(), 3).writeTo(dir.resolve("a.pmtiles")));
        assertThat(archive.header().tileType()).isEqualTo(PmtilesHeader.TileType.PNG);
        assertEveryTileIsItsOwn(archive, 3);
    }

    @Test
    void tilesBehindLeafDirectoriesReadBackAsWritten() {
        PmtilesArchive archive = PmtilesArchive.open(
                distinctTiles(new PmtilesFixture().leavesOf(7), 3).writeTo(dir.resolve("leaves.pmtiles")));
        assertEveryTileIsItsOwn(archive, 3);
        // Read twice: the second read comes from the kept leaf directories and must be the same.
        assertEveryTileIsItsOwn(archive, 3);
    }

    @Test
    void aRunOfEqualTilesServesEachOfItsTilesAndNothingBeyondIt() {
        byte[] sea = PmtilesFixture.png(0x3366cc);
        byte[] land = PmtilesFixture.png(0x66aa33);
        // z1 tiles 1..4 are sea; tile 5 (z2 0/0) is land; 6 is missing; 7..20 are sea again (stored once).
        PmtilesArchive archive = PmtilesArchive.open(new PmtilesFixture().run(1, 4, sea).run(5, 1, land).run(7, 14, sea)
                .zooms(0, 2).writeTo(dir.resolve("runs.pmtiles")));
        assertThat(archive.tile(0, 0, 0)).isEmpty();
        assertThat(archive.tile(1, 1, 0)).hasValueSatisfying(b -> assertThat(b).isEqualTo(sea));
        assertThat(archive.tile(2, 0, 0)).hasValueSatisfying(b -> assertThat(b).isEqualTo(land));
        assertThat(TileId.of(2, 1, 0)).isEqualTo(6);
        assertThat(archive.tile(2, 1, 0)).isEmpty();
        assertThat(archive.tile(2, 0, 1)).hasValueSatisfying(b -> assertThat(b).isEqualTo(sea));
        assertThat(archive.tile(2, 3, 0)).hasValueSatisfying(b -> assertThat(b).isEqualTo(sea));
        assertThat(archive.tile(3, 0, 0)).as("above the archive's zoom levels").isEmpty();
        assertThat(archive.tile(1, 2, 0)).as("outside the grid").isEmpty();
    }

    @Test
    void aFileThatIsNotAVersion3ArchiveIsRefused() throws IOException {
        Path text = Files.writeString(dir.resolve("x.pmtiles"), "PMTiles is a single-file format, but this is text");
        assertThatThrownBy(() -> PmtilesArchive.open(text)).isInstanceOf(PmtilesException.class);
        byte[] version2 = new PmtilesFixture().tile(0, 0, 0, PmtilesFixture.png(0)).bytes();
        version2[7] = 2;
        Path old = Files.write(dir.resolve("v2.pmtiles"), version2);
        assertThatThrownBy(() -> PmtilesArchive.open(old)).isInstanceOf(PmtilesException.class).hasMessageContaining("version 2");
    }

    @Test
    void aDirectoryThatEndsInsideANumberIsRefusedNotMisread() {
        assertThatThrownBy(() -> PmtilesDirectory.decode(new byte[] {(byte) 0x85})).isInstanceOf(PmtilesException.class);
        assertThatThrownBy(() -> PmtilesDirectory.decode(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f}))
                .isInstanceOf(PmtilesException.class).hasMessageContaining("entries");
    }

    @Test
    void theSourceOpensTheFileAgainWhenItIsReplaced() throws IOException {
        Path file = dir.resolve("iki.pmtiles");
        PmtilesFixture.everywhere(2, PmtilesFixture.png(0xff0000)).writeTo(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000));
        PmtilesSource source = new PmtilesSource(file.toString());
        assertThat(source.archive().orElseThrow().tile(2, 1, 1)).hasValue(PmtilesFixture.png(0xff0000));
        PmtilesFixture.everywhere(2, PmtilesFixture.png(0x00ff00)).writeTo(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(2_000_000));
        assertThat(source.archive().orElseThrow().tile(2, 1, 1)).hasValue(PmtilesFixture.png(0x00ff00));
        Files.delete(file);
        assertThat(source.archive()).isEmpty();
        assertThat(new PmtilesSource("").archive()).isEmpty();
    }

    /** Every tile of zoom 0..max, each a PNG of its own colour, added in tile-id order. */
    private static PmtilesFixture distinctTiles(PmtilesFixture fixture, int maxZoom) {
        Map<Long, byte[]> tiles = new TreeMap<>();
        for (int z = 0; z <= maxZoom; z++) {
            for (int x = 0; x < 1 << z; x++) {
                for (int y = 0; y < 1 << z; y++) {
                    tiles.put(TileId.of(z, x, y), PmtilesFixture.png(colour(z, x, y)));
                }
            }
        }
        tiles.forEach((id, bytes) -> fixture.run(id, 1, bytes));
        return fixture.zooms(0, maxZoom);
    }

    private static void assertEveryTileIsItsOwn(PmtilesArchive archive, int maxZoom) {
        for (int z = 0; z <= maxZoom; z++) {
            for (int x = 0; x < 1 << z; x++) {
                for (int y = 0; y < 1 << z; y++) {
                    assertThat(archive.tile(z, x, y)).as("%d/%d/%d", z, x, y).hasValue(PmtilesFixture.png(colour(z, x, y)));
                }
            }
        }
    }

    private static int colour(int z, int x, int y) {
        return (z << 16) | (x << 8) | y;
    }
}

package org.careroadmap.publication;

import static org.careroadmap.publication.PdfCanvas.LINE;
import static org.careroadmap.publication.PdfCanvas.PAD;

import java.util.ArrayList;
import java.util.List;

import org.careroadmap.reference.FiscalYear;
import org.careroadmap.roadmap.Arrow;
import org.careroadmap.roadmap.RoadmapItem;

/**
 * One item row of the PDF chart, laid out but not drawn: the wrapped lines of 項目 / 目指す姿 / 達成年度 /
 * 推進方策 and one lane per 工程 arrow, and so its height. A row taller than a page is {@link #split} into
 * pieces: each later piece starts with 「（続き）」 and the item's title again, so a reader who turns the
 * page knows which item continues; a long arrow label continues in a lane over the same years.
 *
 * @param columns the four fixed columns' lines, 項目 first
 * @param title   the item's title lines, repeated under 「（続き）」 on continued pieces
 * @param lanes   the arrows in the shown years, top to bottom
 */
record ChartRow(List<List<String>> columns, List<String> title, List<Lane> lanes) {

    static final float[] FIXED = {110, 190, 64, 250};  // 項目, 目指す姿, 達成年度, 推進方策
    static final String CONTINUED = "（続き）";
    private static final float MIN_HEIGHT = 24;
    private static final float LANE_GAP = 2;

    /** An arrow over the shown years {@code from}–{@code to} (indexes), with its label's lines. */
    record Lane(int from, int to, List<String> label) {

        float height() {
            return Math.max(label.size(), 1) * LINE + 2 * PAD;
        }
    }

    ChartRow {
        columns = List.copyOf(columns);
        title = List.copyOf(title);
        lanes = List.copyOf(lanes);
    }

    static ChartRow of(RoadmapItem item, List<FiscalYear> years, float yearWidth, PdfCanvas canvas) {
        List<String> title = canvas.wrap(item.title(), FIXED[0] - 2 * PAD);
        List<String> vision = canvas.wrap(item.targetVision(), FIXED[1] - 2 * PAD);
        List<String> year = item.achievementYear()
                .map(y -> List.of(y.value() + "年度", "(" + y.japaneseEra() + ")")).orElse(List.of());
        List<String> measures = canvas.wrap(item.measures(), FIXED[3] - 2 * PAD);
        List<Lane> lanes = new ArrayList<>();
        for (Arrow arrow : item.arrows()) {
            int from = years.indexOf(arrow.start());
            int to = years.indexOf(arrow.end());
            if (from < 0 || to < 0) {
                continue;  // a published roadmap's arrows lie in its shown years (rule ⑤); never draw outside them
            }
            List<String> label = new ArrayList<>(canvas.wrap(arrow.label(), Math.max((to - from + 1) * yearWidth - 14, 20)));
            if (arrow.continues()) {
                label.add("→継続");
            }
            lanes.add(new Lane(from, to, label));
        }
        return new ChartRow(List.of(title, vision, year, measures), title, lanes);
    }

    float height() {
        int lines = columns.stream().mapToInt(List::size).max().orElse(0);
        float lanesHeight = 0;
        for (Lane lane : lanes) {
            lanesHeight += lane.height() + LANE_GAP;
        }
        return Math.max(Math.max(lines * LINE + 2 * PAD, lanesHeight + 2 * PAD), MIN_HEIGHT);
    }

    /** The least height worth starting a piece in at the foot of a page: the title's first lines. */
    static float minimumPiece() {
        return 4 * LINE + 2 * PAD;
    }

    /**
     * This row as pieces: the first no taller than {@code firstRoom}, each further one no taller than
     * {@code pageRoom}. A row that fits is one piece.
     */
    List<ChartRow> split(float firstRoom, float pageRoom) {
        if (pageRoom < continuedPiece().height() + LINE) {
            throw new IllegalArgumentException("a page of " + pageRoom + " pt cannot hold a continued row");
        }
        List<ChartRow> pieces = new ArrayList<>();
        ChartRow rest = this;
        float room = Math.max(firstRoom, minimumPiece());
        while (rest.height() > room) {
            ChartRow[] cut = rest.cut(room);
            pieces.add(cut[0]);
            rest = cut[1];
            room = pageRoom;
        }
        pieces.add(rest);
        return pieces;
    }

    /** What fits in {@code room}, and the rest under 「（続き）」: every piece takes at least one line. */
    private ChartRow[] cut(float room) {
        int lines = Math.max(1, (int) ((room - 2 * PAD) / LINE));
        List<List<String>> head = new ArrayList<>();
        List<List<String>> tail = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            List<String> column = columns.get(i);
            head.add(column.subList(0, Math.min(lines, column.size())));
            tail.add(i == 0 ? continuedTitle() : column.subList(Math.min(lines, column.size()), column.size()));
        }
        List<Lane> headLanes = new ArrayList<>();
        List<Lane> tailLanes = new ArrayList<>();
        cutLanes(room - 2 * PAD, headLanes, tailLanes);
        return new ChartRow[] {new ChartRow(head, title, headLanes), new ChartRow(tail, title, tailLanes)};
    }

    /** Lanes in order while they fit; the first that does not is cut between its label's lines when one fits. */
    private void cutLanes(float budget, List<Lane> head, List<Lane> tail) {
        float used = 0;
        for (Lane lane : lanes) {
            if (!tail.isEmpty()) {
                tail.add(lane);
            } else if (used + lane.height() + LANE_GAP <= budget) {
                head.add(lane);
                used += lane.height() + LANE_GAP;
            } else {
                int fit = (int) ((budget - used - LANE_GAP - 2 * PAD) / LINE);
                if (fit >= 1 && fit < lane.label().size()) {
                    head.add(new Lane(lane.from(), lane.to(), lane.label().subList(0, fit)));
                    tail.add(new Lane(lane.from(), lane.to(), lane.label().subList(fit, lane.label().size())));
                } else {
                    tail.add(lane);
                }
            }
        }
    }

    private List<String> continuedTitle() {
        List<String> heading = new ArrayList<>();
        heading.add(CONTINUED);
        heading.addAll(title);
        return heading;
    }

    private ChartRow continuedPiece() {
        return new ChartRow(List.of(continuedTitle()), title, List.of());
    }
}

package org.careroadmap.evaluation;

import java.util.Locale;
import java.util.Map;

import org.careroadmap.reference.CategoryCode;
import org.jspecify.annotations.Nullable;

/**
 * The radar chart of the 構築状況 page as inline SVG, drawn on the server: eight axes A–H, rings at every
 * 20 %, this year's shares as a filled polygon and the previous year's as a dashed outline. No script and no
 * chart library; the page prints the same numbers as a table beside it, so the chart is one image with a
 * title and a description for screen readers. A category without a share sits at the centre.
 */
public final class RadarChart {

    private static final double CX = 180;
    private static final double CY = 170;
    private static final double R = 120;

    private RadarChart() {
    }

    public static String svg(Map<CategoryCode, Integer> current, @Nullable Map<CategoryCode, Integer> previous, String title,
                             String description, String currentLegend, String previousLegend) {
        StringBuilder s = new StringBuilder(4096);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 360 370\" width=\"360\" height=\"370\" role=\"img\"")
                .append(" aria-labelledby=\"radar-title radar-desc\" class=\"radar\">")
                .append("<title id=\"radar-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"radar-desc\">").append(escape(description)).append("</desc>");
        grid(s);
        if (previous != null && !previous.isEmpty()) {
            s.append("<polygon class=\"radar-previous\" fill=\"none\" stroke=\"#8a4b00\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\"")
                    .append(points(previous)).append("\"/>");
        }
        s.append("<polygon class=\"radar-current\" fill=\"#1f4e9c\" fill-opacity=\"0.25\" stroke=\"#1f4e9c\" stroke-width=\"2.5\" points=\"")
                .append(points(current)).append("\"/>");
        s.append("<g font-size=\"15\" font-weight=\"bold\" fill=\"#111\" text-anchor=\"middle\" dominant-baseline=\"middle\">");
        for (CategoryCode c : CategoryCode.values()) {
            double[] p = point(c.ordinal(), 114);
            s.append("<text x=\"").append(f(p[0])).append("\" y=\"").append(f(p[1])).append("\">").append(c.name()).append("</text>");
        }
        s.append("</g>");
        legend(s, currentLegend, previous != null && !previous.isEmpty() ? previousLegend : null);
        s.append("</g></svg>");
        return s.toString();
    }

    /** The five rings (20 % apart), the eight axes and the ring labels. */
    private static void grid(StringBuilder s) {
        s.append("<g fill=\"none\" stroke=\"#8c8c8c\" stroke-width=\"1\">");
        for (int ring = 1; ring <= 5; ring++) {
            s.append("<polygon points=\"").append(points(ring * 20, ring * 20)).append("\"/>");
        }
        for (CategoryCode c : CategoryCode.values()) {
            double[] p = point(c.ordinal(), 100);
            s.append("<line x1=\"").append(f(CX)).append("\" y1=\"").append(f(CY)).append("\" x2=\"").append(f(p[0]))
                    .append("\" y2=\"").append(f(p[1])).append("\"/>");
        }
        s.append("</g>");
        s.append("<g font-size=\"11\" fill=\"#333\">");
        for (int ring = 1; ring <= 5; ring++) {
            s.append("<text x=\"").append(f(CX + 3)).append("\" y=\"").append(f(CY - R * ring / 5.0 + 11)).append("\">")
                    .append(ring * 20).append("</text>");
        }
        s.append("</g>");
    }

    /** The key: the current year's filled shape and, when drawn, the previous year's dashed line. */
    private static void legend(StringBuilder s, String currentLegend, @Nullable String previousLegend) {
        s.append("<g font-size=\"12\" fill=\"#111\">")
                .append("<rect x=\"20\" y=\"340\" width=\"18\" height=\"10\" fill=\"#1f4e9c\" fill-opacity=\"0.25\" stroke=\"#1f4e9c\" stroke-width=\"2\"/>")
                .append("<text x=\"44\" y=\"349\">").append(escape(currentLegend)).append("</text>");
        if (previousLegend != null) {
            s.append("<line x1=\"190\" y1=\"345\" x2=\"210\" y2=\"345\" stroke=\"#8a4b00\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>")
                    .append("<text x=\"216\" y=\"349\">").append(escape(previousLegend)).append("</text>");
        }
    }

    private static String points(int fixedA, int fixedRest) {
        StringBuilder b = new StringBuilder();
        for (CategoryCode c : CategoryCode.values()) {
            double[] p = point(c.ordinal(), c.ordinal() == 0 ? fixedA : fixedRest);
            b.append(b.isEmpty() ? "" : " ").append(f(p[0])).append(',').append(f(p[1]));
        }
        return b.toString();
    }

    private static String points(Map<CategoryCode, Integer> shares) {
        StringBuilder b = new StringBuilder();
        for (CategoryCode c : CategoryCode.values()) {
            Integer percent = shares.get(c);
            double[] p = point(c.ordinal(), percent == null ? 0 : Math.max(0, Math.min(100, percent)));
            b.append(b.isEmpty() ? "" : " ").append(f(p[0])).append(',').append(f(p[1]));
        }
        return b.toString();
    }

    /** Axis {@code index} (A at the top, clockwise) at {@code percent} of the radius. */
    private static double[] point(int index, double percent) {
        double angle = -Math.PI / 2 + index * 2 * Math.PI / 8;
        double r = R * percent / 100.0;
        return new double[] {CX + r * Math.cos(angle), CY + r * Math.sin(angle)};
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package org.careroadmap.insight;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.careroadmap.roadmap.ListScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells which roadmaps may contain every search term, so a search need not scan the kept texts of
 * all of them: nationwide (69,697 items, 29 MB of text) a word found in one roadmap cost a 30–60 ms
 * scan per search. Per roadmap and view, a bit set marks every character and every pair of
 * consecutive characters of its folded texts; a term can only occur where all of its characters
 * and pairs are marked. It never leaves out a roadmap that contains the term, and lets few through
 * that do not (a bit set per roadmap is 16,384 bits, about 2 KB).
 *
 * <p>It also knows each roadmap's municipality and number of texts, and gives the candidates in list
 * order (municipality code, then roadmap), checking their bits only as the search asks for more: a
 * word in every item looks at the first few roadmaps of the scope, and the search reads the texts of
 * a few roadmaps at a time rather than sorting every match of a prefecture (see {@link SearchIndex#find}).
 *
 * <p>Each node keeps its own sets and, before every search, compares the versions of the kept
 * summaries with those it built from (one small query), rebuilding what another node changed.
 */
@Component
class SearchPrefilter {

    static final int BITS = 16_384;

    private record Key(long roadmapId, String view) {
    }

    /** One view's bits, with the version they were built from and where and how many texts there are. */
    private record Signature(long sourceVersion, String municipalityCode, int texts, BitSet bits) {
    }

    /** A roadmap in list order with the signatures of its views. */
    private record Entry(long roadmapId, String municipalityCode, List<Signature> views) {
    }

    /** A roadmap whose texts may contain every term, and how many texts it keeps (both views). */
    record Candidate(long roadmapId, String municipalityCode, int texts) {
    }

    private final JdbcClient jdbc;
    private final Map<Key, Signature> signatures = new ConcurrentHashMap<>();
    /** The signatures by roadmap in list order; replaced (never changed) whenever a signature changes. */
    private volatile List<Entry> ordered = List.of();

    SearchPrefilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The roadmaps of the scope whose texts (either view) may contain every term, in list order;
     * lazily, so a consumer that stops early checks only the bits of the roadmaps it took.
     */
    Stream<Candidate> candidates(List<String> foldedTerms, ListScope scope) {
        refresh();
        List<Entry> entries = ordered;
        int[] wanted = wantedBits(foldedTerms);
        String from = scope.from();
        String to = scope.to();
        return IntStream.range(from == null ? 0 : firstAtOrAfter(entries, from), entries.size()).mapToObj(entries::get)
                .takeWhile(e -> to == null || e.municipalityCode().compareTo(to) < 0)
                .filter(e -> e.views().stream().anyMatch(v -> v.texts() > 0 && allSet(v.bits(), wanted)))
                .map(e -> new Candidate(e.roadmapId(), e.municipalityCode(),
                        e.views().stream().mapToInt(Signature::texts).sum()));
    }

    private static int[] wantedBits(List<String> foldedTerms) {
        BitSet wanted = new BitSet(BITS);
        foldedTerms.forEach(term -> mark(term, wanted));
        return wanted.stream().toArray();
    }

    private static boolean allSet(BitSet bits, int[] wanted) {
        for (int bit : wanted) {
            if (!bits.get(bit)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first entry whose municipality code is not below {@code code} (binary search). */
    private static int firstAtOrAfter(List<Entry> entries, String code) {
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (entries.get(middle).municipalityCode().compareTo(code) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private void refresh() {
        Map<Key, Long> current = new HashMap<>();
        jdbc.sql("SELECT roadmap_id, view_kind, source_version FROM roadmap_summary")
                .query(rs -> {
                    current.put(new Key(rs.getLong(1), rs.getString(2)), rs.getLong(3));
                });
        List<Long> changed = new ArrayList<>();
        current.forEach((key, version) -> {
            Signature known = signatures.get(key);
            if (known == null || known.sourceVersion() != version) {
                changed.add(key.roadmapId());
            }
        });
        if (!changed.isEmpty() || !current.keySet().containsAll(signatures.keySet())) {
            rebuild(current, changed.stream().distinct().toList());
        }
    }

    /**
     * Builds the changed signatures and the new order. Under the lock, so that the order another
     * search builds at the same time never replaces one with more recent signatures.
     */
    private synchronized void rebuild(Map<Key, Long> current, List<Long> changed) {
        signatures.keySet().retainAll(current.keySet());
        for (int from = 0; from < changed.size(); from += 500) {
            List<Long> ids = changed.subList(from, Math.min(changed.size(), from + 500));
            Map<Key, Built> built = new HashMap<>();
            jdbc.sql("SELECT roadmap_id, view_kind, municipality_code, folded_text FROM roadmap_item_text WHERE roadmap_id IN (:ids)")
                    .param("ids", ids)
                    .query(rs -> {
                        built.computeIfAbsent(new Key(rs.getLong(1), rs.getString(2)), k -> new Built())
                                .add(rs.getString(3), rs.getString(4));
                    });
            for (Long id : ids) {
                for (String view : List.of("LIVE", "PUBLISHED")) {
                    Key key = new Key(id, view);
                    Long version = current.get(key);
                    if (version != null) {
                        signatures.put(key, built.getOrDefault(key, new Built()).signature(version));
                    }
                }
            }
        }
        ordered = inListOrder();
    }

    private List<Entry> inListOrder() {
        Map<Long, List<Signature>> byRoadmap = new HashMap<>();
        signatures.forEach((key, signature) -> byRoadmap.computeIfAbsent(key.roadmapId(), id -> new ArrayList<>()).add(signature));
        List<Entry> entries = new ArrayList<>();
        byRoadmap.forEach((id, views) -> views.stream().filter(v -> v.texts() > 0).findFirst()
                .ifPresent(v -> entries.add(new Entry(id, v.municipalityCode(), List.copyOf(views)))));
        entries.sort((a, b) -> a.municipalityCode().equals(b.municipalityCode())
                ? Long.compare(a.roadmapId(), b.roadmapId()) : a.municipalityCode().compareTo(b.municipalityCode()));
        return List.copyOf(entries);
    }

    /** The bits, municipality and count of one view's texts as they are read. */
    private static final class Built {
        private final BitSet bits = new BitSet(BITS);
        private String municipalityCode = "";
        private int texts;

        void add(String code, String text) {
            municipalityCode = code;
            texts++;
            mark(text, bits);
        }

        Signature signature(long version) {
            return new Signature(version, municipalityCode, texts, bits);
        }
    }

    /** Marks every character and every pair of consecutive characters (code points) of the text. */
    static void mark(String text, BitSet bits) {
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            bits.set(Math.floorMod(cp * 0x9E3779B1, BITS));
            if (previous >= 0) {
                bits.set(Math.floorMod((previous * 31 + cp) * 0x85EBCA6B, BITS));
            }
            previous = cp;
        }
    }
}

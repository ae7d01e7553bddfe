package org.careroadmap.insight;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p>Each node keeps its own sets and, before every search, compares the versions of the kept
 * summaries with those it built from (one small query), rebuilding what another node changed.
 */
@Component
class SearchPrefilter {

    static final int BITS = 16_384;

    private record Key(long roadmapId, String view) {
    }

    private record Signature(long sourceVersion, BitSet bits) {
    }

    private final JdbcClient jdbc;
    private final Map<Key, Signature> signatures = new ConcurrentHashMap<>();

    SearchPrefilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The roadmaps (either view) whose texts may contain every term. */
    Set<Long> roadmapsThatMayContain(List<String> foldedTerms) {
        refresh();
        BitSet wanted = new BitSet(BITS);
        foldedTerms.forEach(term -> mark(term, wanted));
        Set<Long> candidates = new HashSet<>();
        signatures.forEach((key, signature) -> {
            BitSet missing = (BitSet) wanted.clone();
            missing.andNot(signature.bits());
            if (missing.isEmpty()) {
                candidates.add(key.roadmapId());
            }
        });
        return candidates;
    }

    /** How many roadmap views the filter knows; for deciding whether filtering is worth it. */
    int size() {
        return signatures.size();
    }

    private void refresh() {
        Map<Key, Long> current = new HashMap<>();
        jdbc.sql("SELECT roadmap_id, view_kind, source_version FROM roadmap_summary")
                .query(rs -> {
                    current.put(new Key(rs.getLong(1), rs.getString(2)), rs.getLong(3));
                });
        signatures.keySet().retainAll(current.keySet());
        List<Long> changed = new ArrayList<>();
        current.forEach((key, version) -> {
            Signature known = signatures.get(key);
            if (known == null || known.sourceVersion() != version) {
                changed.add(key.roadmapId());
            }
        });
        List<Long> distinct = changed.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += 500) {
            Map<Key, BitSet> built = new HashMap<>();
            jdbc.sql("SELECT roadmap_id, view_kind, folded_text FROM roadmap_item_text WHERE roadmap_id IN (:ids)")
                    .param("ids", distinct.subList(from, Math.min(distinct.size(), from + 500)))
                    .query(rs -> {
                        mark(rs.getString(3), built.computeIfAbsent(new Key(rs.getLong(1), rs.getString(2)), k -> new BitSet(BITS)));
                    });
            for (Long id : distinct.subList(from, Math.min(distinct.size(), from + 500))) {
                for (String view : List.of("LIVE", "PUBLISHED")) {
                    Key key = new Key(id, view);
                    Long version = current.get(key);
                    if (version != null) {
                        signatures.put(key, new Signature(version, built.getOrDefault(key, new BitSet(BITS))));
                    }
                }
            }
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

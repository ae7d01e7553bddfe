package org.careroadmap.insight.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.careroadmap.insight.CompareService;
import org.careroadmap.reference.Prefecture;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.PrefectureChoice;
import org.careroadmap.insight.SearchService;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.platform.InvalidValueException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The comparison of one category across municipalities, and the search across roadmaps; both plain GET pages. */
@Controller
class InsightPages {

    private final CompareService compare;
    private final SearchService search;

    private final PrefectureChoice prefectures;

    InsightPages(CompareService compare, SearchService search, PrefectureChoice prefectures) {
        this.prefectures = prefectures;
        this.compare = compare;
        this.search = search;
    }

    @GetMapping("/compare")
    String compare(@RequestParam(required = false) String category, @RequestParam(required = false) String prefecture,
                   Model model, HttpServletResponse response) {
        model.addAttribute("categories", List.of(CategoryCode.values()));
        List<Prefecture> available = prefectures.available();
        model.addAttribute("prefectures", available);
        Optional<Prefecture> chosenPrefecture = prefectures.choose(prefecture, available);
        if (chosenPrefecture.isEmpty() && prefecture != null && !prefecture.isBlank()) {
            model.addAttribute("unknownPrefecture", true);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "insight/compare";
        }
        // Several prefectures and none named: the first, with the choice offered above the table.
        Prefecture shown = chosenPrefecture.orElse(available.isEmpty() ? null : available.get(0));
        if (shown == null) {
            return "insight/compare";
        }
        model.addAttribute("prefecture", shown);
        CategoryCode chosen = CategoryCode.A;
        if (category != null && !category.isBlank()) {
            try {
                chosen = CategoryCode.parse(category);
            } catch (InvalidValueException e) {
                model.addAttribute("unknownCategory", true);
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return "insight/compare";
            }
        }
        model.addAttribute("category", chosen);
        model.addAttribute("table", CompareTable.of(compare.compare(chosen, shown.code())));
        return "insight/compare";
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
                  @RequestParam(required = false) String prefecture, Model model) {
        // Where to look: a prefecture, or 全国 ("all"); by default the reader's own or the only one, else everywhere.
        List<Prefecture> available = prefectures.available();
        model.addAttribute("prefectures", available);
        Optional<Prefecture> within = Optional.empty();
        if ("all".equals(prefecture)) {
            within = Optional.empty();
        } else if (prefecture != null && !prefecture.isBlank()) {
            within = prefectures.choose(prefecture, available);
            if (within.isEmpty()) {
                model.addAttribute("unknownPrefecture", true);
            }
        } else {
            within = prefectures.choose(null, available);
        }
        model.addAttribute("within", within.map(Prefecture::code).orElse("all"));
        ListScope scope = within.map(p -> ListScope.prefecture(p.code())).orElse(ListScope.everywhere());
        int pageNumber = 1;
        if (page != null && !page.isBlank()) {
            pageNumber = page.strip().matches("\\d{1,2}") ? Integer.parseInt(page.strip()) : 0;
            if (pageNumber < 1 || pageNumber > SearchService.MAX_PAGES) {
                // A page link edited by hand: the first page, saying why, rather than an error page.
                model.addAttribute("pageRefused", true);
                pageNumber = 1;
            }
        }
        model.addAttribute("results", search.search(q, pageNumber, scope));
        model.addAttribute("maxLength", SearchService.MAX_QUERY_LENGTH);
        model.addAttribute("maxHits", SearchService.MAX_HITS);
        model.addAttribute("maxPages", SearchService.MAX_PAGES);
        model.addAttribute("pageSize", SearchService.PAGE_SIZE);
        return "insight/search";
    }
}

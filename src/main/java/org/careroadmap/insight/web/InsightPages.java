package org.careroadmap.insight.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.careroadmap.insight.CompareService;
import org.careroadmap.insight.SearchService;
import org.careroadmap.reference.CategoryCode;
import org.careroadmap.reference.InvalidValueException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The comparison of one category across municipalities, and the search across roadmaps; both plain GET pages. */
@Controller
class InsightPages {

    private final CompareService compare;
    private final SearchService search;

    InsightPages(CompareService compare, SearchService search) {
        this.compare = compare;
        this.search = search;
    }

    @GetMapping("/compare")
    String compare(@RequestParam(required = false) String category, Model model, HttpServletResponse response) {
        model.addAttribute("categories", List.of(CategoryCode.values()));
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
        model.addAttribute("table", CompareTable.of(compare.compare(chosen)));
        return "insight/compare";
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("results", search.search(q));
        model.addAttribute("maxLength", SearchService.MAX_QUERY_LENGTH);
        model.addAttribute("maxHits", SearchService.MAX_HITS);
        return "insight/search";
    }
}

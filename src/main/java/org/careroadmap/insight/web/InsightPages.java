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
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
        int pageNumber = 1;
        if (page != null && !page.isBlank()) {
            pageNumber = page.strip().matches("\\d{1,2}") ? Integer.parseInt(page.strip()) : 0;
            if (pageNumber < 1 || pageNumber > SearchService.MAX_PAGES) {
                // A page link edited by hand: the first page, saying why, rather than an error page.
                model.addAttribute("pageRefused", true);
                pageNumber = 1;
            }
        }
        model.addAttribute("results", search.search(q, pageNumber));
        model.addAttribute("maxLength", SearchService.MAX_QUERY_LENGTH);
        model.addAttribute("maxHits", SearchService.MAX_HITS);
        model.addAttribute("maxPages", SearchService.MAX_PAGES);
        model.addAttribute("pageSize", SearchService.PAGE_SIZE);
        return "insight/search";
    }
}

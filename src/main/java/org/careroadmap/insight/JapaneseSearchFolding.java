package org.careroadmap.insight;

import org.springframework.stereotype.Component;

/** Gives the roadmap module the folding this search matches with, so its kept texts fold the same way. */
@Component
class JapaneseSearchFolding implements SearchTextFolding {

    @Override
    public String fold(String text) {
        return JapaneseText.normalise(text);
    }
}

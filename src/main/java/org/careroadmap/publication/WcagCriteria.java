package org.careroadmap.publication;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The success criteria of WCAG 2.1 at levels A and AA (JIS X 8341-3:2016 is WCAG 2.0; the twelve
 * added by 2.1 are marked), and how axe-core names them in its tags ({@code wcag143} is 1.4.3).
 */
final class WcagCriteria {

    record Criterion(String number, String nameJa, String nameEn, String level, boolean addedIn21) {
    }

    static final List<Criterion> A_AND_AA = List.of(
            c("1.1.1", "非テキストコンテンツ", "Non-text Content", "A"),
            c("1.2.1", "音声のみ及び映像のみ（収録済）", "Audio-only and Video-only (Prerecorded)", "A"),
            c("1.2.2", "キャプション（収録済）", "Captions (Prerecorded)", "A"),
            c("1.2.3", "音声解説、又はメディアに対する代替（収録済）", "Audio Description or Media Alternative (Prerecorded)", "A"),
            c("1.2.4", "キャプション（ライブ）", "Captions (Live)", "AA"),
            c("1.2.5", "音声解説（収録済）", "Audio Description (Prerecorded)", "AA"),
            c("1.3.1", "情報及び関係性", "Info and Relationships", "A"),
            c("1.3.2", "意味のある順序", "Meaningful Sequence", "A"),
            c("1.3.3", "感覚的な特徴", "Sensory Characteristics", "A"),
            c21("1.3.4", "表示の向き", "Orientation", "AA"),
            c21("1.3.5", "入力目的の特定", "Identify Input Purpose", "AA"),
            c("1.4.1", "色の使用", "Use of Color", "A"),
            c("1.4.2", "音声の制御", "Audio Control", "A"),
            c("1.4.3", "コントラスト（最低限）", "Contrast (Minimum)", "AA"),
            c("1.4.4", "テキストのサイズ変更", "Resize Text", "AA"),
            c("1.4.5", "文字画像", "Images of Text", "AA"),
            c21("1.4.10", "リフロー", "Reflow", "AA"),
            c21("1.4.11", "非テキストのコントラスト", "Non-text Contrast", "AA"),
            c21("1.4.12", "テキストの間隔", "Text Spacing", "AA"),
            c21("1.4.13", "ホバー又はフォーカスで表示されるコンテンツ", "Content on Hover or Focus", "AA"),
            c("2.1.1", "キーボード", "Keyboard", "A"),
            c("2.1.2", "キーボードトラップなし", "No Keyboard Trap", "A"),
            c21("2.1.4", "文字キーのショートカット", "Character Key Shortcuts", "A"),
            c("2.2.1", "タイミング調整可能", "Timing Adjustable", "A"),
            c("2.2.2", "一時停止、停止、非表示", "Pause, Stop, Hide", "A"),
            c("2.3.1", "3回の閃光、又は閾値以下", "Three Flashes or Below Threshold", "A"),
            c("2.4.1", "ブロックスキップ", "Bypass Blocks", "A"),
            c("2.4.2", "ページタイトル", "Page Titled", "A"),
            c("2.4.3", "フォーカス順序", "Focus Order", "A"),
            c("2.4.4", "リンクの目的（コンテキスト内）", "Link Purpose (In Context)", "A"),
            c("2.4.5", "複数の手段", "Multiple Ways", "AA"),
            c("2.4.6", "見出し及びラベル", "Headings and Labels", "AA"),
            c("2.4.7", "フォーカスの可視化", "Focus Visible", "AA"),
            c21("2.5.1", "ポインタのジェスチャ", "Pointer Gestures", "A"),
            c21("2.5.2", "ポインタのキャンセル", "Pointer Cancellation", "A"),
            c21("2.5.3", "ラベルを含む名前", "Label in Name", "A"),
            c21("2.5.4", "動きによる起動", "Motion Actuation", "A"),
            c("3.1.1", "ページの言語", "Language of Page", "A"),
            c("3.1.2", "一部分の言語", "Language of Parts", "AA"),
            c("3.2.1", "フォーカス時", "On Focus", "A"),
            c("3.2.2", "入力時", "On Input", "A"),
            c("3.2.3", "一貫したナビゲーション", "Consistent Navigation", "AA"),
            c("3.2.4", "一貫した識別性", "Consistent Identification", "AA"),
            c("3.3.1", "エラーの特定", "Error Identification", "A"),
            c("3.3.2", "ラベル又は説明", "Labels or Instructions", "A"),
            c("3.3.3", "エラー修正の提案", "Error Suggestion", "AA"),
            c("3.3.4", "エラー回避（法的、金融、データ）", "Error Prevention (Legal, Financial, Data)", "AA"),
            c("4.1.1", "構文解析", "Parsing", "A"),
            c("4.1.2", "名前（name）・役割（role）及び値（value）", "Name, Role, Value", "A"),
            c21("4.1.3", "ステータスメッセージ", "Status Messages", "AA"));

    private WcagCriteria() {
    }

    private static Criterion c(String number, String ja, String en, String level) {
        return new Criterion(number, ja, en, level, false);
    }

    private static Criterion c21(String number, String ja, String en, String level) {
        return new Criterion(number, ja, en, level, true);
    }

    /**
     * The criterion an axe tag names ({@code wcag143} → 1.4.3, {@code wcag1410} → 1.4.10), or null for
     * tags that name a level or something else ({@code wcag2aa}, {@code best-practice}).
     */
    static @Nullable String fromAxeTag(@Nullable String tag) {
        if (tag == null || !tag.matches("wcag\\d{3,4}")) {
            return null;
        }
        String digits = tag.substring(4);
        String number = digits.charAt(0) + "." + digits.charAt(1) + "." + digits.substring(2);
        return A_AND_AA.stream().anyMatch(c -> c.number().equals(number)) ? number : null;
    }
}

package org.marsad.eval;

/** One event of a gold file (see shared/eval/FORMAT.md). */
public record GoldEvent(String source, String target, String root, String code, String date, String evidence,
                        boolean optional) {
}

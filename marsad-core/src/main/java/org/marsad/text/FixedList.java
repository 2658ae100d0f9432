package org.marsad.text;

import java.util.AbstractList;
import java.util.Collection;
import java.util.RandomAccess;

/**
 * An immutable list over an array, and the one list class of the text layer's tokens and clitic readings.
 *
 * <p>Why a class of our own: the coder reads {@code tokens.get(i)} and {@code token.segments().get(r)} millions of
 * times a second. When those calls meet several list classes ({@code List.of} makes one class for one or two
 * elements and another for more; {@code Collections.unmodifiableList} wraps a third), the JIT cannot bind them to
 * one method and each call goes through an interface dispatch stub: a sixth of the coding threads' time under
 * the quick (C1) compiler a batch ingest uses. One final class keeps every such call site bound to one method.
 */
public final class FixedList<T> extends AbstractList<T> implements RandomAccess {
    private static final FixedList<Object> EMPTY = new FixedList<>(new Object[0]);

    private final T[] items;

    private FixedList(T[] items) {
        this.items = items;
    }

    @SuppressWarnings("unchecked")
    public static <T> FixedList<T> of() {
        return (FixedList<T>) EMPTY;
    }

    @SuppressWarnings("unchecked")
    public static <T> FixedList<T> of(T item) {
        return new FixedList<>((T[]) new Object[] {java.util.Objects.requireNonNull(item)});
    }

    /** A copy of {@code items} (nulls refused, as {@link java.util.List#copyOf} does); a FixedList is returned as is. */
    @SuppressWarnings("unchecked")
    public static <T> FixedList<T> copyOf(Collection<? extends T> items) {
        if (items instanceof FixedList<?> f) {
            return (FixedList<T>) f;
        }
        Object[] a = items.toArray();
        for (Object o : a) {
            java.util.Objects.requireNonNull(o);
        }
        return a.length == 0 ? of() : new FixedList<>((T[]) a);
    }

    /** A list over {@code items} itself: the caller hands the array over and never writes it again. */
    static <T> FixedList<T> wrap(T[] items) {
        return new FixedList<>(items);
    }

    @Override
    public T get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    /**
     * A read-only iterator of two fields: {@link AbstractList}'s checks for modification (a FixedList is never
     * modified) made it larger and left it on the heap in most loops over a word's readings (BENCHMARKS.md, speed32).
     */
    @Override
    public java.util.Iterator<T> iterator() {
        return new Items<>(items);
    }

    private static final class Items<T> implements java.util.Iterator<T> {
        private final T[] items;
        private int next;

        Items(T[] items) {
            this.items = items;
        }

        @Override
        public boolean hasNext() {
            return next < items.length;
        }

        @Override
        public T next() {
            if (next >= items.length) {
                throw new java.util.NoSuchElementException();
            }
            return items[next++];
        }
    }
}

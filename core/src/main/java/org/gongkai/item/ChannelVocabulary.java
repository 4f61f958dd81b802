package org.gongkai.item;

import java.util.Arrays;
import org.gongkai.internal.ChineseText;

/**
 * The channel vocabulary (every label and variant of {@link ChannelKind}, normalised, of two characters or more) as
 * one character trie, so that a text is matched against the whole vocabulary in one pass: the cost of a look-up is
 * the text's length times the longest label's length, whatever the number of labels. {@link Channel#parse} and
 * {@link ChannelCell} used to try each label in turn (about 150 {@code contains} calls per option), which made a
 * cell of 100,000 options take over a second.
 *
 * <p>Immutable after construction; the single instance is built once and shared by all threads.
 */
final class ChannelVocabulary {

    /** The one instance: the vocabulary of every {@link ChannelKind}. */
    static final ChannelVocabulary ALL = new ChannelVocabulary();

    private static final class Node {
        /** The characters that continue a label from here, and the node of each (few: scanned in order). */
        char[] keys = new char[0];
        Node[] kids = new Node[0];
        /** The kind of the label ending here, or null. */
        ChannelKind kind;
        /** The label's place in the vocabulary's order (kinds in declaration order, then label order). */
        int order = -1;
        /** True when the label ending here contains a slash (发布会/听证会 …). */
        boolean slash;

        Node get(char c) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return kids[i];
                }
            }
            return null;
        }

        Node add(char c) {
            Node n = get(c);
            if (n == null) {
                n = new Node();
                keys = Arrays.copyOf(keys, keys.length + 1);
                kids = Arrays.copyOf(kids, kids.length + 1);
                keys[keys.length - 1] = c;
                kids[kids.length - 1] = n;
            }
            return n;
        }
    }

    /** The first level of the trie, indexed by character (most characters start no label). */
    private final Node[] first = new Node[Character.MAX_VALUE + 1];

    private ChannelVocabulary() {
        int order = 0;
        for (ChannelKind k : ChannelKind.values()) {
            for (String l : k.labels()) {
                String n = ChineseText.normalize(l);
                if (n.length() >= 2) {
                    Node node = first[n.charAt(0)];
                    if (node == null) {
                        node = new Node();
                        first[n.charAt(0)] = node;
                    }
                    for (int i = 1; i < n.length(); i++) {
                        node = node.add(n.charAt(i));
                    }
                    if (node.kind == null) {
                        node.kind = k;
                        node.order = order;
                        node.slash = n.indexOf('/') >= 0;
                    }
                }
                order++;
            }
        }
    }

    /**
     * The kind of the longest label (other than 其他) the normalised text contains; of two labels of the same
     * length, the one first in the vocabulary's order. The same answer as trying every label in that order and
     * keeping a strictly longer match.
     *
     * @param n normalised text
     * @return the kind, or null when the text contains no label
     */
    ChannelKind longestContained(String n) {
        ChannelKind best = null;
        int bestLen = 0;
        int bestOrder = Integer.MAX_VALUE;
        for (int start = 0; start < n.length(); start++) {
            Node node = first[n.charAt(start)];
            for (int i = start; node != null; node = ++i < n.length() ? node.get(n.charAt(i)) : null) {
                if (node.kind != null && node.kind != ChannelKind.OTHER) {
                    int len = i - start + 1;
                    if (len > bestLen || (len == bestLen && node.order < bestOrder)) {
                        best = node.kind;
                        bestLen = len;
                        bestOrder = node.order;
                    }
                }
            }
        }
        return best;
    }

    /**
     * @param n normalised text
     * @return true when the text starts with a label (其他 included)
     */
    boolean startsWithLabel(String n) {
        Node node = n.isEmpty() ? null : first[n.charAt(0)];
        for (int i = 0; node != null; node = ++i < n.length() ? node.get(n.charAt(i)) : null) {
            if (node.kind != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param n normalised text
     * @return true when the text contains a label that has a slash (发布会/听证会, 入户/现场 …)
     */
    boolean containsSlashLabel(String n) {
        for (int start = 0; start < n.length(); start++) {
            Node node = first[n.charAt(start)];
            for (int i = start; node != null; node = ++i < n.length() ? node.get(n.charAt(i)) : null) {
                if (node.slash) {
                    return true;
                }
            }
        }
        return false;
    }
}

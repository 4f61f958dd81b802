package org.gongkai.examples.cli;

/** The command line of Gongkai ({@code java -jar examples/target/gongkai.jar}). */
public final class Main {
    private Main() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.out.println("gongkai");
    }
}

public class TextBlocks {
    public static void main(String[] args) {
        String json = """
            {
              "name": "ember",
              "version": 1
            }
            """;
        System.out.print(json);
        System.out.println(json.length() + " " + json.lines().count());
        String noTrailing = """
            line one
            line two""";
        System.out.println("[" + noTrailing + "]");
        String escapes = """
            tab\there "quotes" \"""triple\""" \
            joined line
            trailing space\s
            """;
        System.out.print(escapes.replace(" \n", "<sp>\n"));
        String indented = """
              two extra
            zero
                four extra
            """;
        System.out.print(indented.replace(' ', '.'));
        String formatted = """
            Hello %s, you are %d
            """.formatted("Bob", 30);
        System.out.print(formatted);
        System.out.println("""
            a""".equals("a"));
    }
}

public class EnumSwitch {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }
    static String classic(Day d) {
        switch (d) {
            case SAT: case SUN: return "weekend";
            case FRI: return "almost";
            default: return "work";
        }
    }
    static int arrow(Day d) {
        return switch (d) {
            case MON, TUE -> 1;
            case WED -> { int x = 10; yield x * 2; }
            case THU, FRI -> 3;
            case SAT, SUN -> -1;
        };
    }
    static String fall(Day d) {
        StringBuilder sb = new StringBuilder();
        switch (d) {
            case MON: sb.append("M");
            case TUE: sb.append("T"); break;
            case SUN: sb.append("S");
            default: sb.append("d");
        }
        return sb.toString();
    }
    public static void main(String[] args) {
        for (Day d : Day.values()) System.out.println(d + " " + classic(d) + " " + arrow(d) + " " + fall(d));
        Day nul = null;
        try { classic(nul); } catch (NullPointerException e) { System.out.println("switch on null enum: NPE"); }
        int total = 0;
        for (int i = 0; i < 1000; i++) total += arrow(Day.values()[i % 7]);
        System.out.println(total);
    }
}

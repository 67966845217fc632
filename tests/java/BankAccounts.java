import java.util.*;
public class BankAccounts {
    static class InsufficientFunds extends Exception { InsufficientFunds(String m) { super(m); } }
    static class Account {
        final String id; private long cents; final List<String> history = new ArrayList<>();
        Account(String id, long cents) { this.id = id; this.cents = cents; }
        synchronized void deposit(long c) { if (c <= 0) throw new IllegalArgumentException("bad amount " + c); cents += c; history.add("+" + c); }
        synchronized void withdraw(long c) throws InsufficientFunds { if (c > cents) throw new InsufficientFunds(id + " has " + cents + ", needs " + c); cents -= c; history.add("-" + c); }
        long balance() { return cents; }
    }
    static class Bank {
        final Map<String, Account> accounts = new TreeMap<>();
        int failed;
        Account open(String id, long c) { Account a = new Account(id, c); accounts.put(id, a); return a; }
        void transfer(String from, String to, long c) {
            try { accounts.get(from).withdraw(c); accounts.get(to).deposit(c); }
            catch (InsufficientFunds e) { failed++; if (failed <= 3) System.out.println("failed: " + e.getMessage()); }
        }
        long total() { long t = 0; for (Account a : accounts.values()) t += a.balance(); return t; }
    }
    public static void main(String[] args) {
        Bank bank = new Bank();
        String[] ids = {"alice", "bob", "carol", "dave", "erin"};
        for (int i = 0; i < ids.length; i++) bank.open(ids[i], (i + 1) * 10000L);
        long before = bank.total();
        Random r = new Random(12345);
        for (int i = 0; i < 20000; i++) bank.transfer(ids[r.nextInt(5)], ids[r.nextInt(5)], r.nextInt(5000) + 1);
        System.out.println("total before=" + before + " after=" + bank.total() + " failed=" + bank.failed);
        for (Account a : bank.accounts.values()) System.out.printf("%-6s %8.2f ops=%d last=%s%n", a.id, a.balance() / 100.0, a.history.size(), a.history.isEmpty() ? "-" : a.history.get(a.history.size() - 1));
        try { bank.accounts.get("bob").deposit(-5); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
    }
}

/**
 * Indonesian (and a few English) function words that carry no topic. Deliberately short:
 * words such as "baru", "hilang", "lama", "tidak" or "biaya" carry meaning in this domain and stay.
 * Applied after slang expansion, before stemming.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  "yang", "dan", "atau", "di", "ke", "dari", "pada", "untuk", "dengan", "dalam", "oleh", "itu", "ini", "tersebut",
  "adalah", "ialah", "merupakan", "sebagai", "akan", "telah", "sudah", "sedang", "masih", "juga", "saja", "pun", "lah", "kah", "tah",
  "saya", "aku", "kamu", "anda", "kami", "kita", "mereka", "dia", "ia", "beliau", "nya",
  "apa", "bagaimana", "berapa", "mengapa", "kenapa", "dimana", "mana", "kapan", "siapa", "bila",
  "mau", "ingin", "bisa", "dapat", "boleh", "harus", "perlu", "tolong", "mohon", "minta",
  "ada", "adakah", "kalau", "jika", "bahwa", "agar", "supaya", "karena", "sehingga", "tapi", "namun", "serta", "lalu", "terus",
  "sangat", "sekali", "lebih", "paling", "hanya", "para", "sang", "si", "se", "per", "tiap", "setiap",
  "sama", "seperti", "secara", "antara", "hal", "tentang", "terhadap", "atas", "bagi", "kepada", "sampai", "hingga",
  "ya", "iya", "dong", "deh", "sih", "kok", "nih", "tuh", "lho", "loh", "kan", "ah", "eh", "oh", "yah", "wah",
  "kak", "kakak", "admin", "min", "pak", "bu", "bapak", "ibu", "gan", "agan", "halo", "hai",
  "sebagaimana", "dimaksud", "maksud", "yaitu", "yakni", "meliputi", "antara", "lain", "berikut",
  // time and filler words that say nothing about the topic
  "sekarang", "skrg", "kini", "kemarin", "kemaren", "besok", "lusa", "minggu lalu", "tahun lalu", "lagi", "nanti", "dulu", "tadi", "barusan", "gitu", "begitu", "gini", "begini", "aja", "dong", "kah",
  "tolong", "kira", "kira-kira", "sebenarnya", "emang", "memang", "betul", "benar", "apa", "saja", "pas", "waktu itu",
  // English function words (English questions are mapped to Indonesian terms first)
  "the", "a", "an", "of", "to", "in", "is", "are", "was", "were", "be", "been", "for", "and", "or", "how", "what", "which", "who", "whom",
  "where", "when", "why", "do", "does", "did", "i", "my", "me", "we", "our", "us", "can", "could", "should", "would", "will", "may", "might",
  "must", "you", "your", "it", "its", "this", "that", "these", "those", "there", "here", "at", "by", "on", "from", "with", "as", "if",
  "get", "got", "need", "needs", "want", "have", "has", "any", "some", "about", "into", "they", "them", "he", "she", "his", "her",
  "please", "tell", "know", "much", "many", "still", "now", "also", "only", "just", "so", "then", "than", "there's", "what's", "it's", "i'm",
]);

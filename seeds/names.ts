/** Moroccan first and last names, for records that read like the registry's. */
export const femaleFirstNames = [
  "Fatima", "Khadija", "Aicha", "Zineb", "Meryem", "Salma", "Hanane", "Naima", "Latifa", "Malika", "Samira", "Nadia",
  "Karima", "Hafsa", "Imane", "Soukaina", "Rachida", "Saida", "Houda", "Asmae", "Loubna", "Ghizlane", "Amina", "Hajar",
  "Kawtar", "Siham", "Btissam", "Ilham", "Wafae", "Yasmine", "Itto", "Tudert", "Fadma", "Rkia", "Zahra", "Mina",
] as const;

export const maleFirstNames = [
  "Mohamed", "Ahmed", "Youssef", "Omar", "Hamza", "Rachid", "Abdellah", "Mustapha", "Said", "Hassan", "Hicham", "Karim",
  "Khalid", "Brahim", "Mehdi", "Anas", "Ayoub", "Driss", "Abdelkader", "Noureddine", "Aziz", "Jamal", "Adil", "Younes",
  "Ismail", "Othmane", "Zakaria", "Badr", "Tarik", "Lahcen", "Mbark", "Hmad", "Ali", "Amine",
] as const;

export const lastNames = [
  "El Amrani", "Benali", "Alaoui", "Idrissi", "Bennani", "Tazi", "Berrada", "El Fassi", "Chraibi", "Ouazzani", "El Mansouri",
  "Benjelloun", "Lahlou", "Kettani", "Sqalli", "Bouzidi", "El Khatib", "Ait Ouahmane", "Ouali", "Amziane", "Boukhris", "Naciri",
  "Zerouali", "El Hachimi", "Bakkali", "Ait Lahcen", "Ouchen", "Belhaj", "Rifi", "Haddaoui", "Zemmouri", "El Ouardi", "Jebli",
  "Soussi", "Akhnouch", "Mernissi", "Filali", "Skalli", "Bouazza", "Laaroussi", "Ait Baha", "Oubella", "Elmoutawakil", "Harrak",
] as const;

export const cooperativeNames = [
  "Tifawine", "Al Amal", "Nour", "Tanmia", "Argan Souss", "Al Baraka", "Tighanimine", "Assafae", "Al Wafae", "Tamount",
  "Ajddig", "Tamaynut", "Al Ikhlas", "Annahda", "Ennakhil", "Azzahra", "Tiwizi", "Al Fath", "Achbal", "Tilila", "Imdoukal", "Al Khair",
] as const;

/** Letters that start a CIN (the issuing city), e.g. BE for Casablanca. */
export const cinPrefixes = ["A", "B", "BE", "BH", "BK", "C", "CD", "D", "E", "EE", "F", "G", "GM", "H", "HA", "I", "IA", "J", "JA", "JB", "K", "L", "LA", "M", "N", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"] as const;

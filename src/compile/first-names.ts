/**
 * Common first names in Sweden, for redaction: the names most often used by
 * women and men of all ages in the public name statistics (SCB's tilltalsnamn
 * lists), written from those lists as they are commonly known, with the usual
 * spelling variants. Months (Maj, Juni, August) are left out: they are ordinary
 * words in English or when capitalised by habit.
 */
const WOMEN = `
Agneta Agnes Aisha Alexandra Alice Alicia Alma Alva Amanda Amina Angelica Angelika Anita Anja
Ann Anna Anne Anneli Annelie Annette Anette Annika Astrid Barbro Berit Birgit Birgitta Britt
Britta Camilla Carin Carina Caroline Catarina Cecilia Charlotta Charlotte Christin Christina
Dagmar Ebba Edith Elin Elina Elinor Elisa Elisabet Elisabeth Elise Elizabeth Ella Ellen Ellie
Ellinor Elsa Elsie Elvira Emelie Emilia Emilie Emma Emmy Erika Ester Evelina Eva Ewa Fanny
Fatima Felicia Frida Fredrika Freja Gerd Gertrud Greta Gun Gunborg Gunhild Gunilla Gunnel
Gunvor Hanna Hannah Hedvig Helen Helena Helene Heléne Hilda Hillevi Hjördis Ida Inga Ingalill
Ingeborg Ingegerd Ingela Inger Ingrid Ines Irene Iris Irma Isabella Isabelle Jasmin Jasmine
Jeanette Jennifer Jenny Jessica Johanna Jonna Josefin Josefina Josefine Julia Kajsa Karin
Karolina Katarina Katharina Katrin Kerstin Klara Kristin Kristina Lea Leah Leila Lejla Lena
Leyla Lilly Lina Linda Linn Linnea Linnéa Lisa Liv Lotta Louise Lova Lovisa Madeleine Maja
Majken Majvor Malin Margareta Margit Mari Maria Marianne Marie Marita Maryam Matilda Meja Mia
Michaela Mikaela Minna Mira Miriam Moa Mona Monica Monika Märta Nadia Natalie Nathalie Nellie
Nelly Nina Nora Nova Olivia Paulina Pernilla Petra Pia Rebecca Rebecka Rigmor Ronja Rut Ruth
Saga Sandra Sanna Sara Sarah Selma Signe Sigrid Siv Sofi Sofia Sofie Solveig Sophie Stella
Stina Susanna Susanne Tanja Therese Thea Tilda Tilde Tina Tindra Tove Tuva Tyra Ulla Ulrika
Vendela Vera Veronica Veronika Victoria Viktoria Vilma Viola Wilma Ylva Yvonne Zahra Åsa
`;

const MEN = `
Adam Adrian Ahmad Ahmed Albert Albin Alexander Alf Alfred Ali Allan Alvar Alvin Anders Andreas
Anton Arne Aron Arvid Axel Benjamin Bengt Bernt Bert Bertil Birger Björn Bo Börje Carl
Casper Charlie Christer Christian Christoffer Claes Conny Curt Dan Daniel David Dennis Ebbe
Eddie Edvin Egon Einar Elias Elis Elliot Elton Elvin Emanuel Emil Erik Erland Evert Felix
Filip Folke Frans Fredrik Gabriel Georg Gert Glenn Gunnar Gustaf Gustav Göran Gösta Hampus
Hans Harald Harry Hasse Hassan Helge Henning Henrik Hjalmar Holger Hugo Hussein Håkan Ibrahim Inge
Ingemar Ingmar Ingvar Isak Ivar Jacob Jakob Jan Janne Jens Jesper Jimmy Joakim Joel Johan
Johannes Jon Jonas Jonatan Jonathan Josef Julius Jörgen Kaj Kalle Karim Karl Kasper Kenneth
Kennet Kent Kevin Kian Kjell Klas Krister Kristian Kristoffer Kurt Lage Lars Lasse Leif
Lennart Leo Leon Liam Linus Loke Love Lucas Ludvig Lukas Magnus Malte Marcus Markus Martin
Mats Mattias Matteo Max Melker Melvin Michael Mikael Milo Mio Mohammad Mohammed Muhammad
Mustafa Nicklas Niclas Niklas Nils Nisse Noah Noel Olle Olof Olov Omar Oliver Oscar Oskar
Otto Patrik Pelle Per Peter Pontus Pär Ragnar Rasmus Reza Richard Rickard Robert Robin
Roger Roland Rolf Ronny Rune Samuel Sebastian Sigge Sigvard Simon Sixten Stefan Stellan Sten
Stig Sture Sune Sven Sören Tage Theo Thomas Tobias Tom Tomas Tommy Tor Tord Tore Torbjörn
Torsten Ture Ulf Uno Urban Valdemar Valter Verner Vidar Viggo Vilgot Vilhelm Viktor Victor
Walter Wilhelm William Wilmer Yngve Yusuf Åke Örjan Östen
`;

/** Names that are also ordinary words (per, bo, sten, hans, inga, klara…), in Swedish or English. */
const ORDINARY_WORDS = `
Axel Bo Björn Dan Frans Gun Hans Inga Iris Kaj Karl Klara Lina Lisa Liv Love Lova Max Meja
Mira Nisse Nova Per Rune Rut Saga Sanna Siv Sten Stig Tilde Tindra Tom Tor Tuva Uno Viola
`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/** First names, capitalised as written. */
export const FIRST_NAMES: ReadonlySet<string> = new Set([...words(WOMEN), ...words(MEN)]);

/**
 * The first names that are also ordinary words: at the start of a sentence
 * they are a name only before a surname ("Per dag" is not, "Per Andersson" is).
 */
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set(words(ORDINARY_WORDS));

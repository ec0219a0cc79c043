namespace ShopperSpectrum.Synthetic;

/// <summary>The words product descriptions, themes and attributes are composed from, in the style of a UK gift wholesaler.</summary>
internal static class Vocabulary
{
    public static readonly string[] ProductTypes =
        ["Bags", "Kitchen", "Lighting", "Home Decor", "Stationery", "Toys", "Textiles", "Garden", "Party", "Storage"];

    public static readonly ItemKind[] Items =
    [
        new("JUMBO BAG", "Bags", "large"), new("LUNCH BAG", "Bags", "medium"), new("SHOPPER BAG", "Bags", "large"),
        new("CHARLOTTE BAG", "Bags", "small"), new("TOTE BAG", "Bags", "medium"), new("COIN PURSE", "Bags", "small"),
        new("WASH BAG", "Bags", "medium"),
        new("CAKE CASES", "Kitchen", "small"), new("LUNCH BOX", "Kitchen", "medium"), new("TEA TOWEL", "Kitchen", "small"),
        new("MUG", "Kitchen", "small"), new("CAKE TIN", "Kitchen", "medium"), new("BAKING SET", "Kitchen", "large"),
        new("JAM JAR", "Kitchen", "small"), new("TEAPOT", "Kitchen", "medium"), new("CAKE STAND", "Kitchen", "large"),
        new("APRON", "Kitchen", "medium"), new("OVEN GLOVE", "Kitchen", "small"), new("TRAY, BREAKFAST IN BED", "Kitchen", "large"),
        new("T-LIGHT HOLDER", "Lighting", "small"), new("LANTERN", "Lighting", "medium"), new("HANGING LAMP", "Lighting", "large"),
        new("CANDLE", "Lighting", "small"), new("STRING LIGHTS", "Lighting", "medium"), new("NIGHT LIGHT", "Lighting", "small"),
        new("HANGING HEART", "Home Decor", "small"), new("WALL CLOCK", "Home Decor", "large"), new("PHOTO FRAME", "Home Decor", "medium"),
        new("COAT HANGER", "Home Decor", "medium"), new("METAL SIGN", "Home Decor", "medium"), new("MIRROR", "Home Decor", "large"),
        new("DOORSTOP", "Home Decor", "medium"), new("CUSHION COVER", "Home Decor", "medium"), new("DOORMAT", "Home Decor", "large"),
        new("RECORD FRAME 7\" SINGLE SIZE", "Home Decor", "medium"),
        new("NOTEBOOK", "Stationery", "small"), new("GREETING CARD", "Stationery", "small"), new("WRAPPING PAPER", "Stationery", "small"),
        new("PENCIL SET", "Stationery", "small"), new("STICKER SHEET", "Stationery", "small"), new("GIFT TAG SET", "Stationery", "small"),
        new("PHOTO ALBUM", "Stationery", "medium"),
        new("SPINNING TOP", "Toys", "small"), new("JIGSAW", "Toys", "medium"), new("SKITTLES", "Toys", "medium"),
        new("RAG DOLL", "Toys", "medium"), new("PLAYHOUSE", "Toys", "large"), new("CHILDRENS TEA SET", "Toys", "medium"),
        new("HOT WATER BOTTLE", "Textiles", "medium"), new("BLANKET", "Textiles", "large"), new("HANDKERCHIEF", "Textiles", "small"),
        new("SCARF", "Textiles", "small"), new("SLIPPERS", "Textiles", "medium"),
        new("PLANT POT", "Garden", "medium"), new("WATERING CAN", "Garden", "large"), new("BIRD FEEDER", "Garden", "medium"),
        new("GARDEN KNEELER", "Garden", "medium"), new("SEED BOX", "Garden", "small"),
        new("BUNTING", "Party", "medium"), new("PAPER CHAIN KIT", "Party", "small"), new("PARTY BAG", "Party", "small"),
        new("NAPKINS", "Party", "small"), new("PAPER CUPS", "Party", "small"), new("BALLOONS", "Party", "small"),
        new("CRACKERS", "Party", "medium"),
        new("STORAGE TIN", "Storage", "medium"), new("TRINKET BOX", "Storage", "small"), new("LAUNDRY BASKET", "Storage", "large"),
        new("SET OF 3 BOXES", "Storage", "medium"), new("DRAWER KNOB", "Storage", "small"), new("SHELF", "Storage", "large"),
    ];

    public static readonly string[] Motifs =
    [
        "RETROSPOT", "HANGING HEART", "PAISLEY", "REGENCY", "SPACEBOY", "DOLLY GIRL", "WOODLAND", "SKULL", "POLKADOT",
        "GINGHAM", "FLORAL", "BIRDHOUSE", "OWL", "LOVE BIRD", "STRAWBERRY", "CHERRY", "APPLE", "UNION JACK", "CARAVAN",
        "CIRCUS PARADE", "ALPHABET", "DINOSAUR", "FAIRY CAKE", "TEA PARTY", "JAM MAKING", "SCANDINAVIAN", "MOROCCAN",
        "BAROQUE", "ROSE", "DAISY", "BUTTERFLY", "STAR", "PANTRY", "PARISIENNE", "SWALLOW", "LADYBIRD", "DOG", "CAT",
        "HEN HOUSE", "ZINC", "ENAMEL", "WICKER", "LACE", "FELT", "SNOWFLAKE", "REINDEER", "CHRISTMAS TREE", "ANGEL",
        "GINGERBREAD",
    ];

    /// <summary>The motifs whose themes sell mostly before Christmas.</summary>
    public static readonly string[] SeasonalMotifs = ["SNOWFLAKE", "REINDEER", "CHRISTMAS TREE", "ANGEL", "GINGERBREAD"];

    public static readonly string[] Styles =
    [
        "", "VINTAGE", "RETRO", "ANTIQUE", "SWEETHEART", "FRENCH", "NORDIC", "ENGLISH", "COUNTRY", "FOLK", "MODERN",
        "RUSTIC", "BOHO", "CLASSIC", "PASTEL", "PRETTY", "WILD", "MIDNIGHT", "SUMMER", "WINTER", "TRADITIONAL", "GARDEN",
        "PARTY", "DOTTY",
    ];

    public static readonly string[] Colours =
    [
        "RED", "BLUE", "PINK", "WHITE", "CREAM", "GREEN", "BLACK", "IVORY", "YELLOW", "PURPLE", "ORANGE", "SILVER",
        "GOLD", "LILAC", "TURQUOISE", "NATURAL",
    ];

    public static readonly string[] Brands =
    [
        "Albion House", "Pantry Lane", "Regency & Co", "Nordic Nest", "Little Owl", "Paper Moon", "Rosehip",
        "Hearth & Home", "Kite Street", "Bramble", "Copper Fox", "Marigold",
    ];

    public static readonly string[] ProductLines = ["Standard", "Premium", "Seasonal", "Essentials"];

    public static readonly string[] ProductClasses = ["low", "medium", "high"];

    public static readonly string[] Countries =
    [
        "United Kingdom", "Germany", "France", "EIRE", "Spain", "Netherlands", "Belgium", "Switzerland", "Portugal",
        "Australia", "Norway", "Italy", "Channel Islands", "Finland", "Cyprus", "Sweden", "Austria", "Denmark", "Japan",
        "Poland", "USA", "Canada", "Singapore", "Iceland",
    ];

    /// <summary>Country weights in percent: mostly the home country, as in the UCI data.</summary>
    public static readonly double[] CountryWeights =
    [
        88, 2.5, 2.2, 1.8, 0.8, 0.8, 0.6, 0.5, 0.4, 0.35, 0.3, 0.25, 0.2, 0.2, 0.15, 0.15, 0.1, 0.1, 0.1, 0.1, 0.08,
        0.05, 0.05, 0.03,
    ];
}
